import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from '../../src/format/delimited.js';
import { neutralize } from '../../src/format/neutralize.js';

describe('toTsv', () => {
  it('keeps one record on one line when values hold tabs or line breaks', () => {
    expect(toTsv([['a\tb', 'c\nd', 'e\r\nf']])).toBe('a b\tc d\te f\n');
  });

  it('ends every row, the last too, with one line break, and a row of one cell has no tab', () => {
    expect(toTsv([['a', 'b'], ['c', ''], ['d']])).toBe('a\tb\nc\t\nd\n');
    expect(toTsv([['a'], [], ['b']])).toBe('a\n\nb\n');
    expect(toTsv([])).toBe('');
  });

  it('mends a cell with a tab, a line break or a control character in any row, not only the first', () => {
    expect(toTsv([['a', 'b'], ['c\td', 'e'], ['f', 'g\nh']])).toBe('a\tb\nc d\te\nf\tg h\n');
    expect(toTsv([['a', 'b'], ['c', '\u001b[2J']])).toBe('a\tb\nc\t\\u{1b}[2J\n');
  });

  it('gives, for any rows, what neutralizing each cell and joining them would', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('\t', '\n', '\r\n', '\u001b', '\u202e', 'é', '–', 'キ'));
    const text = fc.array(cell, { maxLength: 4 }).map((parts) => parts.join(''));
    const expected = (rows: string[][]) => rows.map((row) => `${row.map((v) => neutralize(v.replace(/[\t\r\n]+/g, ' '))).join('\t')}\n`).join('');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (width, ragged) => {
        const even = ragged.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        expect(toTsv(even)).toBe(expected(even));
        expect(toTsv(ragged)).toBe(expected(ragged));
      }),
    );
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
