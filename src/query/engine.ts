// The search engine: an inverted index of terms (see terms.ts) and a BM25 scorer
// that takes each query word's best match in a document, exact over prefix over
// typo. The shipped data's index is made by the build and read as it is, so a
// search starts without indexing anything; the records of data files are indexed
// when searched. MiniSearch does the same job, but building its index for the
// shipped data took about 100 ms a run, and loading a saved one about 20 ms.
import { distance } from 'fastest-levenshtein';
import { indexTerm, words } from './terms.js';
import { termEnds, termList } from './term-list.js';
import type { TermList } from './term-list.js';
import { LITTLE_ENDIAN, reverseEach } from '../data/byte-order.js';

/** The searched fields, in the order the index stores them. */
export const FIELDS = ['title', 'aliases', 'tags', 'places', 'body'] as const;
export type Field = (typeof FIELDS)[number];
const BODY = FIELDS.indexOf('body');
/** Fields whose texts recur from document to document: the names of types, services and places. */
const RECURRING = FIELDS.map((field) => field === 'tags' || field === 'places');

/** A document as the index reads it: each field's texts. */
export type FieldTexts = Readonly<Record<Field, string | readonly string[]>>;

/**
 * An index of some documents, in flat arrays, as it is made and stored: the
 * terms in sorted order; their postings, one flat list of (document, field,
 * count) runs, term t's from starts[t] to starts[t + 1]; and each document's
 * length in terms, per field (document d, field f at d * 5 + f).
 */
export interface PackedIndex {
  terms: readonly string[];
  starts: Int32Array | Uint32Array;
  postings: Uint16Array | Uint32Array;
  lengths: Uint16Array | Uint32Array;
}

/**
 * What search reads of an index: the terms, each term's postings (asked only
 * for the terms a query matches: a large file's are read from its index file
 * then), and the lengths.
 */
export interface TermIndex {
  terms: TermList;
  postings(term: number): ArrayLike<number>;
  lengths: ArrayLike<number>;
}

export function termIndex({ terms, starts, postings, lengths }: Omit<PackedIndex, 'terms'> & { terms: TermList }): TermIndex {
  return { terms, lengths, postings: (t) => postings.subarray(starts[t] as number, starts[t + 1] as number) };
}

/**
 * An index as the build writes it: the terms, one per line, in a JSON text, and
 * its numbers in a binary file of their own, which a run views as arrays where
 * they lie, without parsing or decoding them (the shipped index has some
 * 50,000): where each term ends in the text and where its postings start, as
 * 32-bit integers, then the postings and the lengths, as 16-bit ones.
 */
export interface StoredIndex {
  terms: string;
  /** How many term ends, starts, postings and lengths the numbers hold. */
  counts: [number, number, number, number];
}

/** `values` as an array of `Type`, refused where one does not fit. */
function fitted<T extends Int32Array | Uint16Array>(values: ArrayLike<number>, Type: { from(values: ArrayLike<number>): T }): T {
  const array = Type.from(values);
  for (let i = 0; i < array.length; i++) if (array[i] !== values[i]) throw new RangeError(`a search index value does not fit in ${array.BYTES_PER_ELEMENT * 8} bits`);
  return array;
}

/** The index's numbers little-endian, as byte-order.ts says: the 32-bit ones first, then the 16-bit ones. */
export function storeIndex(index: PackedIndex, littleEndian = LITTLE_ENDIAN): { stored: StoredIndex; numbers: Uint8Array } {
  const parts = [fitted(termEnds(index.terms), Int32Array), fitted(index.starts, Int32Array), fitted(index.postings, Uint16Array), fitted(index.lengths, Uint16Array)] as const;
  const counts: StoredIndex['counts'] = [parts[0].length, parts[1].length, parts[2].length, parts[3].length];
  const numbers = Buffer.concat(parts.map((part) => new Uint8Array(part.buffer, part.byteOffset, part.byteLength)));
  if (!littleEndian) turnAround(numbers, counts);
  return { stored: { terms: index.terms.join('\n'), counts }, numbers };
}

/** The numbers with each one's bytes reversed. */
function turnAround(numbers: Uint8Array, [endCount, starts]: StoredIndex['counts']): void {
  const wide = 4 * (endCount + starts);
  reverseEach(numbers, 0, wide, 4);
  reverseEach(numbers, wide, numbers.length, 2);
}

/** An index the build stored, as search reads it. */
export function readIndex(stored: StoredIndex, numbers: Uint8Array, littleEndian = LITTLE_ENDIAN): TermIndex {
  const [endCount, starts, postings, lengths] = stored.counts;
  if (numbers.byteLength !== 4 * endCount + 4 * starts + 2 * postings + 2 * lengths) throw new Error('the search index is not the size the build wrote: reinstall lms');
  // Typed arrays view the bytes where they lie, once they start at a multiple of 4 (on a big-endian machine, a copy turned around).
  const bytes = numbers.byteOffset % 4 === 0 && littleEndian ? numbers : new Uint8Array(numbers);
  if (!littleEndian) turnAround(bytes, stored.counts);
  let at = bytes.byteOffset;
  const view = <T>(Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T, count: number, size: number): T => {
    const array = new Type(bytes.buffer, at, count);
    at += count * size;
    return array;
  };
  const ends = view(Int32Array, endCount, 4);
  return termIndex({ terms: termList(stored.terms, ends), starts: view(Int32Array, starts, 4), postings: view(Uint16Array, postings, 2), lengths: view(Uint16Array, lengths, 2) });
}

/** A copy of `array` with room for at least `size` values: twice as many, or more. */
function grown(array: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.max(2 * array.length, size));
  bigger.set(array);
  return bigger;
}

/**
 * Indexes `count` documents; document d of the result is documentOf(d). The postings are
 * gathered in typed arrays, (term, document, field, count) at a time, then
 * put in term order by counting: a file of 100,000 records has millions.
 */
export function packIndex(count: number, documentOf: (d: number) => FieldTexts): PackedIndex {
  const names: string[] = [];
  const idOfTerm = new Map<string, number>();
  // How often each term occurs in the field at hand, by term id, and which ids it has.
  let countOf = new Uint32Array(1024);
  const touched: number[] = [];
  // Each folded word met, with its term's id: a word is stemmed and looked up once per index.
  const idOfWord = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = idOfWord.get(word);
    if (id !== undefined) return id;
    const term = indexTerm(word);
    id = idOfTerm.get(term);
    if (id === undefined) {
      id = names.length;
      idOfTerm.set(term, id);
      names.push(term);
      if (id === countOf.length) countOf = grown(countOf, id + 1);
    }
    idOfWord.set(word, id);
    return id;
  };
  // Labels and places recur in many documents: each one's terms are worked out once.
  const idsOfLabel = new Map<string, number[]>();
  const idsOf = (text: string, f: number) => {
    if (!RECURRING[f]) return words(text).map(idOf);
    let ids = idsOfLabel.get(text);
    if (!ids) idsOfLabel.set(text, (ids = words(text).map(idOf)));
    return ids;
  };
  const lengths = new Uint32Array(count * FIELDS.length);
  let runs = new Uint32Array(4096);
  let size = 0;
  // Each document is made when indexed and then let go: a large file's are many.
  for (let d = 0; d < count; d++) {
    const document = documentOf(d);
    for (let f = 0; f < FIELDS.length; f++) {
      const value = document[FIELDS[f] as Field];
      let length = 0;
      for (const text of typeof value === 'string' ? [value] : value) {
        for (const id of idsOf(text, f)) {
          const before = countOf[id] as number;
          countOf[id] = before + 1;
          if (before === 0) touched.push(id);
          length++;
        }
      }
      lengths[d * FIELDS.length + f] = length;
      if (size + 4 * touched.length > runs.length) runs = grown(runs, size + 4 * touched.length);
      for (const id of touched) {
        runs[size++] = id;
        runs[size++] = d;
        runs[size++] = f;
        runs[size++] = countOf[id] as number;
        countOf[id] = 0;
      }
      touched.length = 0;
    }
  }
  const order = names.map((_, id) => id).sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const rank = new Uint32Array(names.length);
  order.forEach((id, r) => (rank[id] = r));
  const starts = new Int32Array(names.length + 1);
  for (let i = 0; i < size; i += 4) {
    const after = (rank[runs[i] as number] as number) + 1;
    starts[after] = (starts[after] as number) + 3;
  }
  for (let t = 0; t < names.length; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
  // Runs come in document order, so each term's postings do too.
  const next = starts.slice(0, names.length);
  const postings = new Uint32Array((size / 4) * 3);
  for (let i = 0; i < size; i += 4) {
    const r = rank[runs[i] as number] as number;
    const at = next[r] as number;
    postings[at] = runs[i + 1] as number;
    postings[at + 1] = runs[i + 2] as number;
    postings[at + 2] = runs[i + 3] as number;
    next[r] = at + 3;
  }
  return { terms: order.map((id) => names[id] as string), starts, postings, lengths };
}

/** An index placed among a search's documents: its document d is document ref(d), or left out when that is -1. */
export interface Segment {
  index: TermIndex;
  ref: (document: number) => number;
}

/**
 * What a search scored, by document (its ref) and, where said, by query word
 * (at ref * words + w, the words in the query's order).
 */
export interface Scores {
  /** The documents that match any word, in the order first matched. */
  matched: readonly number[];
  /** The query's number of words. */
  words: number;
  score: Float64Array;
  /** By document and word: how well the word was found (1 exact, less for a prefix or typo), 0 where it was not. */
  quality: Float64Array;
  /** By document and word: 1 where the word was found only in the long text. */
  textOnly: Uint8Array;
}

export interface ScoreOptions {
  /** How much a word found in each field counts. */
  weights: readonly number[];
  /** Quality of an exact match, of the start of a longer word, and of a word within the typos allowed. */
  quality: { exact: number; prefix: number; fuzzy: number };
  /** How many typos a query word may have (0: none). */
  edits: (term: string) => number;
}

// BM25+ as MiniSearch and Lucene use it: term saturation, length normalization, and a floor for long fields.
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** The first position in sorted `terms` whose term is not less than `term`. */
function lowerBound(terms: TermList, term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms.at(middle) as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when `b` is within `edits` typos of `a`: letters added, dropped or
 * changed, or two neighbours swapped ("trails", "trials": one typo, not two).
 * The words are compared past their longest common start and end, which keeps
 * the edit distance and leaves, for most pairs, more letters than the typos
 * allowed: those are told apart without working the distance out. What is left
 * of a one-typo match is at most a letter each, or two letters swapped.
 */
export function withinEdits(a: string, b: string, edits: number): boolean {
  if (edits <= 0 || Math.abs(a.length - b.length) > edits) return false;
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= edits && restB <= edits) return true;
  if (restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start]) return true;
  return edits > 1 && distance(a.slice(start, endA), b.slice(start, endB)) <= edits;
}

/** A term of an index that matches a query word: its number and text, and how well it matches. */
interface Expansion {
  t: number;
  text: string;
  quality: number;
}

/** …with its postings. */
interface Matching extends Expansion {
  postings: ArrayLike<number>;
}

/** Terms of one index that match a query word, with the quality of each match. */
function expansions(index: TermIndex, term: string, options: ScoreOptions): Expansion[] {
  const { terms } = index;
  const found: Expansion[] = [];
  const start = lowerBound(terms, term);
  for (let t = start; t < terms.length; t++) {
    const candidate = terms.at(t) as string;
    if (!candidate.startsWith(term)) break;
    found.push({ t, text: candidate, quality: candidate === term ? options.quality.exact : options.quality.prefix });
  }
  const edits = options.edits(term);
  if (edits > 0) {
    // Typos are looked for among terms that begin with the word's first or second letter: a typo
    // seldom changes the first letter, and a letter typed before it, or the first two swapped, puts the second first.
    for (const first of new Set([term[0] as string, term[1] as string])) {
      for (let t = lowerBound(terms, first); t < terms.length; t++) {
        const candidate = terms.at(t) as string;
        if (!candidate.startsWith(first)) break;
        if (!candidate.startsWith(term) && withinEdits(term, candidate, edits)) found.push({ t, text: candidate, quality: options.quality.fuzzy });
      }
    }
  }
  return found;
}

/**
 * Scores every document that matches any query word. A word scores, in each
 * document, its best-matching term's BM25 weight over the fields (times the
 * field's weight and the match's quality); a document's score is the sum over
 * the query's distinct words. Rarity and average lengths are counted over all
 * segments together, so an index made at build time and one made now score alike.
 */
export function scoreDocuments(segments: readonly Segment[], queryTerms: readonly string[], options: ScoreOptions): Scores {
  const fieldCount = FIELDS.length;
  let documents = 0;
  let refs = 0;
  const totals = new Float64Array(fieldCount);
  for (const { index, ref } of segments) {
    const count = index.lengths.length / fieldCount;
    for (let d = 0; d < count; d++) {
      const target = ref(d);
      if (target === -1) continue;
      documents++;
      refs = Math.max(refs, target + 1);
      for (let f = 0; f < fieldCount; f++) totals[f] = (totals[f] as number) + (index.lengths[d * fieldCount + f] as number);
    }
  }
  const average = Array.from(totals, (total) => Math.max(1, total / Math.max(1, documents)));
  const words = queryTerms.length;
  const score = new Float64Array(refs);
  // By document and word (target * words + w): the quality of the word's best match so far (0: none yet),
  // whether it was only in the long text, and what it scored.
  const quality = new Float64Array(refs * words);
  const textOnly = new Uint8Array(refs * words);
  const bestWorth = new Float64Array(refs * words);
  // The documents matched, in the order first matched.
  const matched: number[] = [];
  const isMatched = new Uint8Array(refs);

  queryTerms.forEach((term, w) => {
    // Each matching term with its quality and its postings, asked for once.
    const found: Matching[][] = segments.map((segment) => expansions(segment.index, term, options).map((e) => ({ ...e, postings: segment.index.postings(e.t) })));
    // How many documents hold each matching term, over all segments: its rarity.
    const frequency = new Map<string, number>();
    segments.forEach(({ ref }, s) => {
      for (const { text, postings } of found[s] as Matching[]) {
        let holding = 0;
        for (let p = 0; p < postings.length; p += 3) if (ref(postings[p] as number) !== -1 && (p === 0 || postings[p - 3] !== postings[p])) holding++;
        frequency.set(text, (frequency.get(text) ?? 0) + holding);
      }
    });
    segments.forEach(({ index, ref }, s) => {
      for (const { text, quality: q, postings } of found[s] as Matching[]) {
        const df = frequency.get(text) as number;
        const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        const end = postings.length;
        for (let p = 0; p < end; ) {
          const d = postings[p] as number;
          const target = ref(d);
          let sum = 0;
          let onlyText = true;
          for (; p < end && postings[p] === d; p += 3) {
            const f = postings[p + 1] as number;
            const tf = postings[p + 2] as number;
            const length = index.lengths[d * fieldCount + f] as number;
            sum += (options.weights[f] as number) * idf * (DELTA + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / (average[f] as number))));
            if (f !== BODY) onlyText = false;
          }
          if (target === -1) continue;
          if (isMatched[target] === 0) {
            isMatched[target] = 1;
            matched.push(target);
          }
          const at = target * words + w;
          const seen = quality[at] as number;
          const before = bestWorth[at] as number;
          const worth = sum * q;
          // Each word counts its best match once: exact over prefix over typo, then the better scored.
          const better = seen === 0 || q > seen || (q === seen && (worth > before || (textOnly[at] === 1 && !onlyText)));
          if (!better) continue;
          const same = seen === q;
          textOnly[at] = (same ? textOnly[at] === 1 && onlyText : onlyText) ? 1 : 0;
          quality[at] = q;
          const kept = same ? Math.max(before, worth) : worth;
          // A word not yet found has scored nothing (before is 0).
          score[target] = (score[target] as number) + kept - before;
          bestWorth[at] = kept;
        }
      }
    });
  });
  return { matched, words, score, quality, textOnly };
}
