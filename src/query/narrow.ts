// A cheap ranking in front of Fuse for large directories. Fuse compares the
// query with every field of every document, tens of microseconds each. Here
// each field of all documents is one long lower-cased text (a corpus), so
// finding which documents hold a word is a few indexOf scans; every document
// gets a score that follows Fuse's own order of merit (an exact match in a
// heavier field first, then a rough match), and Fuse ranks only the best few
// hundred. The equivalence test pins that the top results are the ones Fuse
// over everything would give.

/** Letter pairs for short words (a typo leaves most of them), triples for long ones (pairs are everywhere). */
export function grams(word: string): string[] {
  const size = word.length <= 6 ? 2 : 3;
  if (word.length <= size) return [word];
  const out = new Set<string>();
  for (let i = 0; i + size <= word.length; i++) out.add(word.slice(i, i + size));
  return [...out];
}

/** A word counts as roughly present when at least this share of its grams is. */
export const PRESENT = 0.6;

/** One field of every document, joined: document i is text[starts[i] .. starts[i + 1] - 1). */
export class Corpus {
  readonly text: string;
  private readonly starts: Int32Array;

  constructor(texts: readonly string[]) {
    // A separator that no query holds, so no match spans two documents. Each text
    // is lower-cased on its own: one accented letter would otherwise send the
    // whole corpus down the slow, two-byte path.
    this.text = texts.map((t) => t.toLowerCase()).join('\u0000');
    this.starts = new Int32Array(texts.length + 1);
    let at = 0;
    texts.forEach((t, i) => {
      this.starts[i] = at;
      at += t.length + 1;
    });
    this.starts[texts.length] = at;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /**
   * Adds `amount` to counts[d] for every document d that holds `needle`
   * (lower-case), once per document however often it appears there.
   */
  countHolding(needle: string, counts: Float64Array | Uint16Array, amount: number): void {
    const { text, starts } = this;
    let document = 0;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at)) {
      // Matches come in order, so the document only ever moves forward.
      while ((starts[document + 1] as number) <= at) document++;
      counts[document] = (counts[document] as number) + amount;
      at = starts[document + 1] as number;
    }
  }
}

/**
 * A field whose values come from a short list (a resource's types): each
 * document names its labels, and each label has a text.
 */
export interface LabelField {
  weight: number;
  labelsOf: ReadonlyArray<readonly string[]>;
  textOf: ReadonlyMap<string, string>;
}

export interface CorpusField {
  weight: number;
  corpus: Corpus;
  /** False for a field of short names (ids, acronyms) where rough matches are not worth a scan. */
  rough?: boolean;
}

export type NarrowField = CorpusField | LabelField;

function roughlyIn(text: string, wordGrams: readonly string[]): boolean {
  let found = 0;
  for (const g of wordGrams) if (text.includes(g)) found++;
  return found >= PRESENT * wordGrams.length;
}

export interface NarrowInput {
  /** The searched fields, with their Fuse weights. */
  fields: readonly NarrowField[];
  /** How many documents there are. */
  count: number;
  /** The lower-cased phrase and its words. */
  phrase: string;
  words: readonly string[];
  /** How many documents Fuse should rank. */
  keep: number;
}

/**
 * How much more an exact match counts than a rough one. Fuse multiplies, per
 * matching field value, its score raised to the field's weight: an exact match
 * scores Number.EPSILON (log about -36), a typical rough one about 1/6 (log
 * about -1.8). Summing weights on that log scale ranks as Fuse does.
 */
const EXACT = 20;

/**
 * Indices of the `keep` most promising documents, in their original order,
 * scored the way Fuse ranks: every field value holding the phrase or a word
 * exactly adds its weight times EXACT, one holding a word only roughly adds its
 * weight. Equal scores keep the original order, as Fuse does.
 */
export function narrow({ fields, count, phrase, words, keep }: NarrowInput): number[] {
  const scores = new Float64Array(count);
  const corpora = fields.filter((f): f is CorpusField => 'corpus' in f);
  const labels = fields.filter((f): f is LabelField => !('corpus' in f));
  if (words.length > 1) for (const { weight, corpus } of corpora) corpus.countHolding(phrase, scores, EXACT * weight);

  const exact = new Float64Array(count);
  const rough = new Float64Array(count);
  const hits = new Uint16Array(count);
  for (const word of words) {
    exact.fill(0);
    for (const { weight, corpus } of corpora) corpus.countHolding(word, exact, EXACT * weight);
    for (const field of labels) addLabelMatches(field, exact, EXACT * field.weight, (text) => text.includes(word));
    const wordGrams = grams(word);
    const needed = PRESENT * wordGrams.length;
    for (const { weight, corpus, rough: scanRough } of corpora) {
      if (scanRough === false) continue;
      hits.fill(0);
      for (const gram of wordGrams) corpus.countHolding(gram, hits, 1);
      for (let d = 0; d < count; d++) if ((hits[d] as number) >= needed) rough[d] = (rough[d] as number) + weight;
    }
    for (const field of labels) addLabelMatches(field, rough, field.weight, (text) => !text.includes(word) && roughlyIn(text, wordGrams));
    for (let d = 0; d < count; d++) scores[d] = (scores[d] as number) + (exact[d] as number);
  }
  for (let d = 0; d < count; d++) scores[d] = (scores[d] as number) + (rough[d] as number);

  const ranked: number[] = [];
  for (let d = 0; d < count; d++) if ((scores[d] as number) > 0) ranked.push(d);
  ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return ranked.slice(0, keep).sort((a, b) => a - b);
}

/**
 * Labels are few: score each label once, then add it to every document that
 * carries it. A label's text lists several names, and Fuse counts every name
 * that matches, so each matching name adds `amount`.
 */
function addLabelMatches(field: LabelField, scores: Float64Array, amount: number, matches: (text: string) => boolean): void {
  const worth = new Map<string, number>();
  for (const [label, text] of field.textOf) {
    const matching = text.split('\n').filter(matches).length;
    if (matching > 0) worth.set(label, matching * amount);
  }
  if (worth.size === 0) return;
  field.labelsOf.forEach((documentLabels, d) => {
    for (const label of documentLabels) scores[d] = (scores[d] as number) + (worth.get(label) ?? 0);
  });
}
