import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from '../../src/format/delimited.js';

describe('toTsv', () => {
  it('keeps one record on one line when values hold tabs or line breaks', () => {
    expect(toTsv([['a\tb', 'c\nd', 'e\r\nf']])).toBe('a b\tc d\te f\n');
  });
});

describe('toCsv', () => {
  it('quotes fields with commas and quotes, doubling quotes (RFC 4180), and keeps a record on one line', () => {
    expect(toCsv(['h1', 'h2'], [['plain', 'a,b'], ['say "hi"', 'two\nlines']])).toBe('h1,h2\r\nplain,"a,b"\r\n"say ""hi""",two lines\r\n');
  });
});

describe('escape sequences from data', () => {
  it('become visible text in CSV and TSV, never an escape byte', () => {
    expect(toCsv(['h'], [['\u001b[31mred\u001b]0;title\u0007']])).toBe('h\r\n\\u{1b}[31mred\\u{1b}]0;title\\u{7}\r\n');
    expect(toTsv([['\u009b2J', '\u202eevil']])).toBe('\\u{9b}2J\t\\u{202e}evil\n');
  });
});
