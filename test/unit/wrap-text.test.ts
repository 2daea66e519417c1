import fc from 'fast-check';
import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/cli/wrap-text.js';

/** What wrapText does, line for line through the wrapper, without leaving alone the lines that already fit. */
function throughTheWrapper(text: string, columns: number): string {
  return wrapAnsi(text, columns, { hard: false, trim: true })
    .split('\n')
    .map((line) => (stringWidth(line) > columns && !/(?:https?:\/\/|www\.)\S/.test(line) ? wrapAnsi(line, columns, { hard: true, trim: true }) : line))
    .join('\n');
}

describe('wrapping for a terminal', () => {
  it('wraps at spaces, breaks a word longer than a line, never a web address, and counts wide characters as two columns', () => {
    expect(wrapText('Sarcoma UK runs a support line for anyone affected by sarcoma', 20)).toBe('Sarcoma UK runs a\nsupport line for\nanyone affected by\nsarcoma');
    expect(wrapText('x abcdefghijklmnopqrstuvwxyz', 10)).toBe('x\nabcdefghij\nklmnopqrst\nuvwxyz');
    expect(wrapText('see https://www.example.org/a/long/path/to/a/page', 20)).toBe('see\nhttps://www.example.org/a/long/path/to/a/page');
    expect(wrapText('東京大学医学部附属病院 整形外科', 12)).toBe('東京大学医学\n部附属病院\n整形外科');
  });

  it('leaves a line that fits exactly as the wrapper would', () => {
    const pieces = ['a', 'word', 'longerwordhere', ' ', '  ', '\t', '\n', '\r\n', '\u001b[1m', '\u001b[22m', '\u001b[36m', '\u001b[39m', '\u001b]8;;https://x.org/a\u001b\\', '\u001b]8;;\u001b\\', 'https://example.org/path', '東京', '👩‍⚕️', '🇬🇧', 'e\u0301', 'ö', 'Ｆ', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.integer({ min: 4, max: 60 }), (parts, columns) => {
        const text = parts.join('');
        expect(wrapText(text, columns)).toBe(throughTheWrapper(text, columns));
      }),
      { numRuns: 3000 },
    );
  });
});
