import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../src/query/engine.js';

/** The definition: at most `edits` letters added, dropped or changed, or else one swap of neighbours. */
function byDefinition(a: string, b: string, edits: number): boolean {
  if (edits <= 0) return false;
  if (distance(a, b) <= edits) return true;
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === (differ[0] as number) + 1 && a[differ[0] as number] === b[differ[1] as number] && a[differ[1] as number] === b[differ[0] as number];
}

describe('typos', () => {
  it('are counted as the edit distance counts them, a swap of neighbours as one', () => {
    // Few letters, so that random words share starts, ends and letters, as real near misses do.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, edits) => {
        expect(withinEdits(a, b, edits)).toBe(byDefinition(a, b, edits));
      }),
      { numRuns: 20_000 },
    );
  });

  it('are found in real words', () => {
    expect(withinEdits('secnd', 'second', 1)).toBe(true);
    expect(withinEdits('trials', 'trails', 1)).toBe(true);
    expect(withinEdits('macmilan', 'macmillan', 1)).toBe(true);
    expect(withinEdits('sarcoma', 'sarcomas', 1)).toBe(true);
    expect(withinEdits('sarcoma', 'sarcoid', 1)).toBe(false);
    expect(withinEdits('oncologist', 'oncolgoist', 1)).toBe(true);
    expect(withinEdits('oncologist', 'onkolgist', 2)).toBe(true);
    expect(withinEdits('oncologist', 'ontologies', 2)).toBe(false);
  });
});
