import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { PatternCheck } from '../../src/query/could-match.js';

// Few letters, so random texts often hold near matches of random patterns.
const letters = (max: number) => fc.string({ unit: fc.constantFrom(...'aAbcdé e\u{1F600}'), maxLength: max });

describe('PatternCheck', () => {
  it('never rules out a value Fuse matches', () => {
    fc.assert(
      fc.property(letters(14).filter((p) => p.trim() !== ''), letters(60), fc.double({ min: 0, max: 0.7, noNaN: true }), fc.constantFrom(1, 2), (pattern, text, threshold, minMatchCharLength) => {
        const fuse = new Fuse([text], { threshold, minMatchCharLength, ignoreLocation: true, includeScore: true });
        if (fuse.search(pattern).length > 0) expect(new PatternCheck(pattern, threshold).couldMatch(text.toLowerCase())).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out values too short or too far from the pattern', () => {
    const check = new PatternCheck('secnd opinion', 0.34);
    expect(check.couldMatch('helpline')).toBe(false);
    expect(check.couldMatch('helpline for carers, open weekdays')).toBe(false);
    expect(check.couldMatch('get a second opinion')).toBe(true);
  });

  it('rules nothing out for patterns Fuse splits (over 32 characters)', () => {
    expect(new PatternCheck('a'.repeat(33), 0.34).couldMatch('b')).toBe(true);
  });
});
