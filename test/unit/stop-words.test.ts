import { eng } from 'stopword';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS, queryTerms, words } from '../../src/query/terms.js';

describe('the stop words', () => {
  it('are written as search reads a text: one word each, lower case, without accents or apostrophes', () => {
    // Taken as they are, unfolded: one the stop-word package wrote otherwise ("Don't") would never match.
    expect([...STOP_WORDS].filter((word) => words(word).join(' ') !== word)).toEqual([]);
  });

  it("are the stop-word list's and the words around a question", () => {
    expect(eng.every((word) => STOP_WORDS.has(word))).toBe(true);
    expect(queryTerms('What should I bring to my appointment?')).toEqual(queryTerms('bring appointment'));
    expect(queryTerms("I've just been diagnosed, what do I do")).toEqual(queryTerms('diagnosed'));
  });
});
