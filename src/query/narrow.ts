// A cheap ranking in front of Fuse for large directories. Fuse compares the
// query with every field of every document, tens of microseconds each. Here
// each field of all documents is one long lower-cased text (a corpus), so
// finding which documents hold a word is a few indexOf scans; every document
// gets a score that follows Fuse's own order of merit (an exact match in a
// heavier field first, then a rough match), and Fuse ranks only the best few
// hundred. The equivalence test pins that the top results are the ones Fuse
// over everything would give.
import type { Column } from '../data/columns.js';
import type { JoinedTexts } from '../data/store.js';

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

/**
 * One field of many documents, joined (see joinTexts), placed in a table: the
 * document at position d is row rows[d] of the counts, or none when -1.
 */
export class Corpus {
  constructor(
    private readonly joined: JoinedTexts,
    private readonly rows?: Int32Array,
  ) {}

  /**
   * Adds `amount` to counts[row] for every document that holds `needle`
   * (lower-case), once per document however often it appears there.
   */
  countHolding(needle: string, counts: Float64Array | Uint16Array, amount: number): void {
    const { joined: { text, starts }, rows } = this;
    let document = 0;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at)) {
      // Matches come in order, so the document only ever moves forward.
      while ((starts[document + 1] as number) <= at) document++;
      const row = rows ? (rows[document] as number) : document;
      if (row >= 0) counts[row] = (counts[row] as number) + amount;
      at = starts[document + 1] as number;
    }
  }
}

/**
 * A field whose values come from a short list (a resource's types): each
 * document's labels are a row of a column, and label i has a text, its names one per line.
 */
export interface LabelField {
  weight: number;
  labels: Column;
  textOf: readonly string[];
}

export interface CorpusField {
  weight: number;
  /** The field's texts, in one or more pieces that together cover the documents. */
  corpora: readonly Corpus[];
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
  /** The first document to rank: those before it are ranked elsewhere (the build's index of the shipped data). */
  from?: number;
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
export function narrow({ fields, count, phrase, words, keep, from = 0 }: NarrowInput): number[] {
  const scores = new Float64Array(count);
  const corpora = fields.filter((f): f is CorpusField => 'corpora' in f);
  const labels = fields.filter((f): f is LabelField => !('corpora' in f));
  const countHolding = (field: CorpusField, needle: string, counts: Float64Array | Uint16Array, amount: number) => {
    for (const corpus of field.corpora) corpus.countHolding(needle, counts, amount);
  };
  if (words.length > 1) for (const field of corpora) countHolding(field, phrase, scores, EXACT * field.weight);

  const exact = new Float64Array(count);
  const rough = new Float64Array(count);
  const hits = new Uint16Array(count);
  for (const word of words) {
    exact.fill(0);
    for (const field of corpora) countHolding(field, word, exact, EXACT * field.weight);
    for (const field of labels) addLabelMatches(field, exact, EXACT * field.weight, (text) => text.includes(word));
    const wordGrams = grams(word);
    const needed = PRESENT * wordGrams.length;
    for (const field of corpora) {
      if (field.rough === false) continue;
      hits.fill(0);
      for (const gram of wordGrams) countHolding(field, gram, hits, 1);
      for (let d = 0; d < count; d++) if ((hits[d] as number) >= needed) rough[d] = (rough[d] as number) + field.weight;
    }
    for (const field of labels) addLabelMatches(field, rough, field.weight, (text) => !text.includes(word) && roughlyIn(text, wordGrams));
    for (let d = 0; d < count; d++) scores[d] = (scores[d] as number) + (exact[d] as number);
  }
  for (let d = 0; d < count; d++) scores[d] = (scores[d] as number) + (rough[d] as number);

  const ranked: number[] = [];
  for (let d = Math.max(0, from); d < count; d++) if ((scores[d] as number) > 0) ranked.push(d);
  ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return ranked.slice(0, keep).sort((a, b) => a - b);
}

/**
 * Labels are few: score each label once, then add it to every document that
 * carries it. A label's text lists several names, and Fuse counts every name
 * that matches, so each matching name adds `amount`.
 */
function addLabelMatches(field: LabelField, scores: Float64Array, amount: number, matches: (text: string) => boolean): void {
  const worth = field.textOf.map((text) => text.split('\n').filter(matches).length * amount);
  if (!worth.some((w) => w > 0)) return;
  const { starts, ends, codes } = field.labels;
  for (let d = 0; d < ends.length; d++) {
    for (let i = starts[d] as number; i < (ends[d] as number); i++) scores[d] = (scores[d] as number) + (worth[codes[i] as number] as number);
  }
}
