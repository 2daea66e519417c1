import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { MatchCutter, PatternCheck } from '../../src/query/could-match.js';

// Few letters, so random texts often hold near matches of random patterns.
const letters = (max: number) => fc.string({ unit: fc.constantFrom(...'aAbcdé e\u{1F600}'), maxLength: max });
const pattern = letters(14).filter((p) => p.trim() !== '');
const threshold = fc.double({ min: 0, max: 0.7, noNaN: true });

const fuseMatches = (pattern: string, text: string, threshold: number, minMatchCharLength: number) =>
  new Fuse([text], { threshold, minMatchCharLength, ignoreLocation: true, includeScore: true }).search(pattern).length > 0;

describe('PatternCheck', () => {
  it('never rules out a value Fuse matches', () => {
    fc.assert(
      fc.property(pattern, letters(60), threshold, fc.constantFrom(1, 2), (pattern, text, threshold, minMatchCharLength) => {
        if (fuseMatches(pattern, text, threshold, minMatchCharLength)) expect(new PatternCheck(pattern, threshold).couldMatch(text.toLowerCase())).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  // Without Fuse's check for two neighbouring pattern characters (minMatchCharLength 1), its verdict is the edit count
  // alone. (Fuse skips blank values, whatever the pattern.)
  it('rules out every value Fuse cannot match within its errors', () => {
    fc.assert(
      fc.property(fc.oneof(pattern, letters(32).filter((p) => p.trim() !== '' && p.length <= 32)), letters(60).filter((t) => t.trim() !== ''), threshold, (pattern, text, threshold) => {
        expect(new PatternCheck(pattern, threshold).couldMatch(text.toLowerCase())).toBe(fuseMatches(pattern, text, threshold, 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts values down without changing any pattern\'s verdict or score', () => {
    const score = (pattern: string, text: string, threshold: number) =>
      text === '' ? undefined : new Fuse([text], { threshold, minMatchCharLength: 2, ignoreLocation: true, ignoreFieldNorm: true, includeScore: true }).search(pattern)[0]?.score;
    // Texts of noise and pieces of the patterns, so matches, near matches and matches torn apart are common.
    const patternsAndText = fc.array(pattern, { minLength: 1, maxLength: 3 }).chain((patterns) => {
      const piece = fc.tuple(fc.constantFrom(...patterns), fc.nat(), fc.nat()).map(([p, a, b]) => p.slice(Math.min(a, b) % (p.length + 1), Math.max(a, b) % (p.length + 1) || undefined));
      return fc.tuple(fc.constant(patterns), fc.array(fc.oneof(letters(8), piece), { maxLength: 24 }).map((parts) => parts.join('')));
    });
    fc.assert(
      fc.property(patternsAndText, fc.double({ min: 0, max: 0.5, noNaN: true }), ([patterns, text], threshold) => {
        const cut = new MatchCutter(patterns, threshold).cut(text.toLowerCase());
        for (const p of patterns) expect(score(p, cut, threshold)).toBe(score(p, text, threshold));
      }),
      { numRuns: 5000 },
    );
  });

  // Cut for "abc" and "fgh", the text must not put them close enough for "abcdefgh" (2 edits allowed) to match across the filler.
  it('joins stretches with a filler longer than any pattern\'s allowed edits', () => {
    const patterns = ['abc', 'fgh', 'abcdefgh'];
    const text = `abc${'z'.repeat(10)}fgh`;
    const cut = new MatchCutter(patterns, 0.25).cut(text);
    expect(cut.length).toBeLessThan(text.length);
    expect(new Fuse([cut], { threshold: 0.25, ignoreLocation: true }).search('abcdefgh')).toEqual([]);
  });

  it('keeps only the stretches near a match, and nothing when no pattern could match', () => {
    const text = `${'lorem ipsum '.repeat(20)}get a second opinion${' dolor sit amet'.repeat(20)}`;
    const cut = new MatchCutter(['secnd', 'zzzz'], 0.34).cut(text);
    expect(cut.length).toBeLessThan(20);
    expect(cut).toContain('second');
    expect(new MatchCutter(['zzzz'], 0.34).cut(text)).toBe('');
  });

  it('rules out values too short or too far from the pattern', () => {
    const check = new PatternCheck('secnd opinion', 0.34);
    expect(check.couldMatch('helpline')).toBe(false);
    expect(check.couldMatch('helpline for carers, open weekdays')).toBe(false);
    expect(check.couldMatch('second opinions are common')).toBe(true);
    // Every letter of the pattern is near, in the wrong order: more than 4 edits.
    expect(check.couldMatch('opinion on seconds')).toBe(false);
  });

  it('handles patterns of the full 32 characters Fuse searches in one piece', () => {
    const check = new PatternCheck('a'.repeat(31) + 'b', 0.1);
    expect(check.couldMatch(`xx${'a'.repeat(29)}cbxx`)).toBe(true);
    expect(check.couldMatch(`xx${'a'.repeat(25)}cccbxx`)).toBe(false);
  });

  it('rules nothing out for patterns Fuse splits (over 32 characters)', () => {
    expect(new PatternCheck('a'.repeat(33), 0.34).couldMatch('b')).toBe(true);
  });
});
