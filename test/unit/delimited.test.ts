import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from '../../src/format/delimited.js';

describe('toTsv', () => {
  it('keeps one record on one line when values hold tabs or line breaks', () => {
    expect(toTsv([['a\tb', 'c\nd', 'e\r\nf']])).toBe('a b\tc d\te f\n');
  });
});

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(toCsv(['h1', 'h2'], [['plain', 'a,b'], ['say "hi"', 'two\nlines']])).toBe('h1,h2\r\nplain,"a,b"\r\n"say ""hi""","two\nlines"\r\n');
  });
});
