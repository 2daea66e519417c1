// Apart from the engine (engine.ts), so that loading an index file does not load the stemmer.

/**
 * An index's terms in sorted order, each read when asked for: a list of them,
 * or their text with where each ends, which a search reads without making a
 * string of every term (it looks at a few hundred of thousands).
 */
export interface TermList {
  readonly length: number;
  at(term: number): string | undefined;
}

/** Where each term ends in the terms joined one per line, for termList. */
export function termEnds(terms: readonly string[]): Uint32Array {
  const ends = new Uint32Array(terms.length);
  let end = -1;
  terms.forEach((term, t) => (ends[t] = end += term.length + 1));
  return ends;
}

/** Terms one per line in `text`, term t ending where ends[t] says (termEnds). */
export function termList(text: string, ends: ArrayLike<number>): TermList {
  return { length: ends.length, at: (t) => (t >= 0 && t < ends.length ? text.slice(t === 0 ? 0 : (ends[t - 1] as number) + 1, ends[t]) : undefined) };
}

