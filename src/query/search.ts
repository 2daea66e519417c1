import { UsageError } from '../errors.js';
import { loadDirectory, loadSearchIndex } from '../data/shipped.js';
import type { ShippedIndex } from '../data/shipped.js';
import { storeOf } from '../data/store.js';
import type { Store, TablePart } from '../data/store.js';
import type { Directory, Resource, Section, Vocabularies } from '../model.js';
import { sortKey } from './normalize.js';
import { FIELDS, packIndex, readIndex, scoreDocuments, termIndex, withinEdits } from './engine.js';
import { HIT_KINDS, entryOf, kindAt, resourceDocument, sectionDocument, shownStatuses } from './documents.js';
import type { Entry, HitKind, SearchDocument, SearchKey } from './documents.js';
import type { Scores, Segment, TermIndex } from './engine.js';
import { indexRows, readable, rowEntry, rowKind, rowLive } from './rows-index.js';
import type { IndexedRows } from './rows-index.js';
import { queryTerms, words } from './terms.js';

/**
 * How much a word found in each field counts. A query that names something finds
 * it first; a word in the long text counts least, since the text mentions much.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchKey, number>> = { title: 3, aliases: 2, tags: 1.5, places: 1.5, body: 1 };
export { HIT_KINDS, resourceDocument, sectionDocument };
export type { HitKind, SearchDocument };

const WEIGHTS = FIELDS.map((field) => FIELD_WEIGHTS[field]);

/**
 * How sure a match of one query word is, by kind: exact, the start of a longer
 * word, or within a typo or two. The relevance shown is the share of the query's
 * words matched, each counted by its quality (see relevanceOf).
 */
export const MATCH_QUALITY = { exact: 1, prefix: 0.8, fuzzy: 0.75 } as const;

/** Hits whose relevance is below this are left out: they match too little of the query to be about it. */
export const MIN_RELEVANCE = 0.5;

/** A word of this many letters or fewer is matched whole or as the start of a word, never with typos. */
export const SHORT_WORD = 4;

export type SearchHit =
  | { kind: 'section'; id: string; title: string; relevance: number; section: Section }
  | { kind: 'resource' | 'centre'; id: string; title: string; relevance: number; resource: Resource };

export interface SearchOptions {
  /** At most this many hits (default: all). */
  limit?: number;
  /** Only these kinds of hit (default: all). */
  kinds?: readonly HitKind[];
  /** Only resources for which this is true, by id (sections are not asked). */
  resources?: ReadonlySet<string>;
  /** Merged and closed resources too, ranked below live ones (by default they are left out). */
  all?: boolean;
}

/** Longer queries are refused: no real question needs more. */
export const MAX_QUERY_LENGTH = 200;

/** Collapses white space; a query with nothing left to search for, or far too long, is a usage error. */
export function normalizeQuery(query: string): string {
  const cleaned = query.replace(/\s+/g, ' ').trim();
  if (cleaned === '' || words(cleaned).length === 0) throw new UsageError('the search query is empty; give one or more words, e.g. lms search "second opinion"');
  if (cleaned.length > MAX_QUERY_LENGTH) throw new UsageError(`the search query is ${cleaned.length} characters long; the limit is ${MAX_QUERY_LENGTH}`);
  return cleaned;
}

/** Typos forgiven in a word: none up to SHORT_WORD letters, then one in five letters, at most two. */
function allowedEdits(term: string): number {
  return term.length <= SHORT_WORD ? 0 : Math.min(2, Math.round(term.length * 0.2));
}

/** How well a document's term matches a query's term: exact, as its start, within the typos allowed, or not at all (0). */
export function matchQuality(query: string, found: string): number {
  if (found === query) return MATCH_QUALITY.exact;
  if (found.startsWith(query)) return MATCH_QUALITY.prefix;
  return withinEdits(query, found, allowedEdits(query)) ? MATCH_QUALITY.fuzzy : 0;
}

/** A word found only in the long text (a description, a section's words) counts this much of one found in a name, label or place. */
export const TEXT_ONLY = 0.8;

/**
 * The share of the query's words a document matches, each counted by how well
 * (exact 1, prefix or typo less, only in the long text less again): 1 only
 * when every word is found exactly in a name, label or place.
 */
export function relevanceOf({ words, quality, textOnly }: Scores, ref: number): number {
  let sum = 0;
  for (let at = ref * words; at < (ref + 1) * words; at++) sum += (quality[at] as number) * (textOnly[at] === 1 ? TEXT_ONLY : 1);
  return words === 0 ? 0 : sum / words;
}

/** How many of the query's words a document matches. */
function wordsMatched({ words, quality }: Scores, ref: number): number {
  let count = 0;
  for (let at = ref * words; at < (ref + 1) * words; at++) if (quality[at] !== 0) count++;
  return count;
}

type Quality = (query: string, found: string) => number;

/**
 * matchQuality, with each pair of words that may cost an edit distance (long
 * enough for two typos, and of about the same length) worked out once: the
 * names of the hits a search ranks share most of their words. Other pairs are
 * compared at once, which costs less than remembering them.
 */
function rememberedQuality(): Quality {
  const known = new Map<string, Map<string, number>>();
  return (query, found) => {
    const edits = allowedEdits(query);
    if (edits < 2 || Math.abs(query.length - found.length) > edits) return matchQuality(query, found);
    let row = known.get(query);
    if (!row) known.set(query, (row = new Map()));
    let quality = row.get(found);
    if (quality === undefined) row.set(found, (quality = matchQuality(query, found)));
    return quality;
  };
}

/** True when `phrase` appears in `terms` as a run, in order, each word as search matches words (typos and prefixes too). */
function holdsRun(terms: readonly string[], phrase: readonly string[], quality: Quality): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (quality(phrase[j] as string, terms[i + j] as string) === 0) continue outer;
    return true;
  }
  return false;
}

/**
 * How a query's words stand in a record's names (the terms of its title and
 * other names): 2 when a name is the query, 1 when a name holds the query's
 * words as a run or the query holds a whole name ("what does surgery involve"
 * names the section also called "surgery"), else 0.
 */
function phraseMatch(names: string, phrase: readonly string[], quality: Quality): number {
  let best = 0;
  for (const name of names.split('\n')) {
    const terms = name.split(' ');
    if (terms.length === phrase.length && holdsRun(terms, phrase, quality)) return 2;
    if ((phrase.length > 1 && holdsRun(terms, phrase, quality)) || holdsRun(phrase, terms, quality)) best = 1;
  }
  return best;
}

/** How much a name that holds the query, or is held by it (1), or is it (2), multiplies the score. */
const PHRASE_BONUS = [1, 2, 6];

/** A hit being ranked: `base` is its score weighed by its relevance, `score` that times its phrase bonus, once worked out. */
interface Candidate {
  ref: number;
  matched: number;
  base: number;
  score: number;
  relevance: number;
  live: boolean;
}

const MOST_BONUS = Math.max(...PHRASE_BONUS);

/**
 * The first `limit` hits, best first: live ones, then those matching more of
 * the query's words; among those the higher score (times the phrase bonus),
 * the better match, then the name. A name is matched against the query only
 * for the hits that could be among the first `limit` even with the largest
 * bonus: a large file's search may have thousands of others.
 */
function firstRanked(candidates: Candidate[], limit: number, entry: (ref: number) => Entry, bonus: (names: string) => number): Candidate[] {
  candidates.sort((a, b) => Number(b.live) - Number(a.live) || b.matched - a.matched || b.base - a.base);
  const keys = new Map<number, string>();
  // Names are compared only where all else ties.
  const name = (hit: Candidate) => keys.get(hit.ref) ?? (keys.set(hit.ref, sortKey(entry(hit.ref).title)).get(hit.ref) as string);
  const first: Candidate[] = [];
  for (let i = 0; i < candidates.length && first.length < limit; ) {
    const { live, matched } = candidates[i] as Candidate;
    let end = i;
    while (end < candidates.length && (candidates[end] as Candidate).live === live && (candidates[end] as Candidate).matched === matched) end++;
    const room = limit - first.length;
    // At least `room` hits of the group score this or more; one that cannot reach it even with the largest bonus is not among them.
    const floor = i + room - 1 < end ? (candidates[i + room - 1] as Candidate).base : -Infinity;
    const group = candidates.slice(i, end).filter((hit) => hit.base * MOST_BONUS >= floor);
    for (const hit of group) hit.score = hit.base * bonus(entry(hit.ref).names);
    group.sort((a, b) => b.score - a.score || b.relevance - a.relevance || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
    first.push(...group.slice(0, room));
    i = end;
  }
  return first;
}

/** The build's index of the shipped data, read once per run. */
let shippedIndex: (Omit<ShippedIndex, 'index' | 'numbers'> & { index: TermIndex }) | undefined;

function shippedSearch(): Omit<ShippedIndex, 'index' | 'numbers'> & { index: TermIndex } {
  if (shippedIndex) return shippedIndex;
  const { index, numbers, ...rest } = loadSearchIndex();
  return (shippedIndex = { index: readIndex(index, numbers), ...rest });
}

/** The indexes a search reads, and what it reads of each record: its kind and whether it is live for every match, its entry for those it ranks. */
interface Placed {
  segments: Segment[];
  entry: (ref: number) => Entry;
  kind: (ref: number) => HitKind;
  live: (ref: number) => boolean;
}

/**
 * A reusable index over a directory's sections and resources: record i is
 * section i, then resource i - sectionCount, in the store's order. The shipped
 * records come indexed by the build, and a large data file's by its index file
 * (data/index-file.ts), each with what search shows of every record, so a
 * search reads no record it does not show; other records (a small data file's,
 * or a directory made in code) are indexed when first searched.
 */
export class SearchIndex {
  private readonly directory: Directory;
  private readonly vocabularies: Vocabularies;
  private made?: Store;
  private shown?: Set<string>;
  private placed?: Placed;

  constructor(directory: Directory) {
    this.directory = directory;
    this.vocabularies = directory.vocabularies;
  }

  /** Read when first needed: a search of the shipped directory ranks its sections from the build's index. */
  private get sections(): readonly Section[] {
    return this.directory.sections;
  }

  /** The directory's store: its own (the shipped table, data files), or one made over its records. */
  private store(): Store {
    return (this.made ??= storeOf(this.directory));
  }

  private record(ref: number): Resource | Section {
    const sections = this.sections.length;
    return ref < sections ? (this.sections[ref] as Section) : this.store().record(ref - sections);
  }

  /**
   * The indexes a search reads, and each record's entry. The sections and
   * shipped records are in the build's index where this directory has the
   * shipped sections and vocabularies; each other part of the store comes
   * indexed (a large file's index) or is indexed now. A record replaced by a
   * later file's is left out of its part's index.
   */
  private segments(): Placed {
    if (this.placed) return this.placed;
    const shipped = loadDirectory();
    if (this.directory === shipped) {
      // The shipped directory is all in the build's index: neither its store nor its records are needed to rank.
      const { index, entry, kinds, dead } = shippedSearch();
      return (this.placed = { segments: [{ index, ref: (d) => d }], entry, kind: (ref) => kindAt(kinds, ref), live: (ref) => !dead.has(ref) });
    }
    const count = this.sections.length;
    const ownShipped = this.sections === shipped.sections && this.vocabularies === shipped.vocabularies;
    const table = ownShipped ? shipped.store?.wholePart() : undefined;
    const store = this.store();
    // Asked once per part: the ids of records in memory are made on each request.
    const indexed = new Map<TablePart, { search: IndexedRows; ids: readonly string[] }>();
    const segments: Segment[] = [];
    let tableRows: Int32Array | undefined;
    for (const { part, rows } of store.placedParts()) {
      if (part === table) {
        tableRows = rows;
        continue;
      }
      const indexNow = () => indexRows(Array.from({ length: part.size }, (_, row) => part.record(row)), this.vocabularies);
      let search = part.searchRows?.(() => readable(indexNow()));
      if (!search) {
        const made = indexNow();
        // A large file's index keeps them for the next search.
        part.keep?.(made);
        search = readable(made);
      }
      indexed.set(part, { search, ids: part.ids });
      segments.push({ index: search.index, ref: (d) => (rows[d] === -1 ? -1 : count + (rows[d] as number)) });
    }
    // The build's index holds the sections, then the shipped records, with their entries.
    const built = ownShipped ? shippedSearch() : undefined;
    if (built) {
      segments.unshift({ index: built.index, ref: (d) => (d < count ? d : tableRows === undefined || tableRows[d - count] === -1 ? -1 : count + (tableRows[d - count] as number)) });
    } else {
      segments.unshift({ index: termIndex(packIndex(count, (d) => sectionDocument(this.sections[d] as Section))), ref: (d) => d });
    }
    // Where a record is in the build's index, if it is there (a shipped section or record).
    const builtRef = (ref: number): number | undefined => {
      if (!built) return undefined;
      if (ref < count) return ref;
      const { part, row } = store.locate(ref - count);
      return part === table ? count + row : undefined;
    };
    // The rows of a part indexed here or in its index file.
    const rowsOf = (part: TablePart) => indexed.get(part) as { search: IndexedRows; ids: readonly string[] };
    const entry = (ref: number): Entry => {
      const at = builtRef(ref);
      if (built && at !== undefined) return built.entry(at);
      if (ref < count) return entryOf(this.sections[ref] as Section, this.shownStatuses());
      const { part, row } = store.locate(ref - count);
      const { search, ids } = rowsOf(part);
      return rowEntry(search, row, ids[row] as string);
    };
    const kind = (ref: number): HitKind => {
      const at = builtRef(ref);
      if (built && at !== undefined) return kindAt(built.kinds, at);
      if (ref < count) return entry(ref).kind;
      const { part, row } = store.locate(ref - count);
      return rowKind(rowsOf(part).search, row);
    };
    const live = (ref: number): boolean => {
      const at = builtRef(ref);
      if (built && at !== undefined) return !built.dead.has(at);
      if (ref < count) return entry(ref).live;
      const { part, row } = store.locate(ref - count);
      return rowLive(rowsOf(part).search, row);
    };
    return (this.placed = { segments, entry, kind, live });
  }

  private shownStatuses(): Set<string> {
    return (this.shown ??= shownStatuses(this.vocabularies));
  }

  /**
   * Hits best first. Each of the query's words is looked for whole, as the start
   * of a longer word and, from five letters on, with a typo or two; each word
   * scores its best match in a document by field and rarity (BM25), and a
   * document's score is the sum over the words. Hits that match more of the
   * query's words come first; among those, the higher score, weighed by how well
   * they match (relevanceOf) and raised when a name is or holds the query; then
   * the better match, then the name. Hits covering too little are left out.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const terms = queryTerms(normalizeQuery(query));
    const { segments, entry, kind, live } = this.segments();
    const scores = scoreDocuments(segments, terms, { weights: WEIGHTS, quality: MATCH_QUALITY, edits: allowedEdits });
    const kinds = new Set(options.kinds ?? HIT_KINDS);
    const candidates: Candidate[] = [];
    for (const ref of scores.matched) {
      const relevance = Math.round(relevanceOf(scores, ref) * 1000) / 1000;
      if (relevance < MIN_RELEVANCE) continue;
      const hitKind = kind(ref);
      if (!kinds.has(hitKind)) continue;
      const isLive = live(ref);
      if (!isLive && options.all !== true) continue;
      if (hitKind !== 'section' && options.resources && !options.resources.has(entry(ref).id)) continue;
      candidates.push({ ref, matched: wordsMatched(scores, ref), base: (scores.score[ref] as number) * relevance, score: 0, relevance, live: isLive });
    }
    const quality = rememberedQuality();
    const ranked = firstRanked(candidates, options.limit ?? Infinity, entry, (names) => PHRASE_BONUS[phraseMatch(names, terms, quality)] as number);
    return ranked.map(({ ref, relevance }) => this.hit(entry(ref), ref, relevance));
  }

  /** A hit; its record is read when first asked for (a pipe prints only the entry). */
  private hit({ kind, id, title }: Entry, ref: number, relevance: number): SearchHit {
    let record: Resource | Section | undefined;
    const read = () => (record ??= this.record(ref));
    if (kind === 'section') {
      return { kind, id, title, relevance, get section() { return read() as Section; } };
    }
    return { kind, id, title, relevance, get resource() { return read() as Resource; } };
  }
}

/** One-off search; build a SearchIndex to search the same directory many times. */
export function search(directory: Directory, query: string, options: SearchOptions = {}): SearchHit[] {
  return new SearchIndex(directory).search(query, options);
}
