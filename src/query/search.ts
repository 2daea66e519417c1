import { UsageError } from '../errors.js';
import { Corpus, narrow } from './narrow.js';
import type { NarrowField } from './narrow.js';
import { loadDirectory, loadSearchIndex } from '../data/shipped.js';
import { storeOf } from '../data/store.js';
import type { SearchField, Store } from '../data/store.js';
import type { Directory, Resource, Section, Vocabularies } from '../model.js';
import { sortKey } from './normalize.js';
import { FIELDS, packIndex, readIndex, scoreDocuments, withinEdits } from './engine.js';
import { HIT_KINDS, entryOf, labelNames, resourceDocument, sectionDocument, shownStatuses, vocabularyOf } from './documents.js';
import type { Entry, HitKind, SearchDocument, SearchKey, Vocabulary } from './documents.js';
import type { PackedIndex, Segment, WordMatch } from './engine.js';
import { foldLetters, indexTerm, queryTerms, words } from './terms.js';

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

export interface IndexOptions {
  /**
   * From this many resources on, a cheap word filter picks the candidates the
   * engine ranks (see narrow.ts); below it, and with Infinity, it sees everything.
   */
  narrowFrom?: number;
}

/** Directories smaller than this are indexed whole: it is fast enough, and exact. */
export const NARROW_FROM = 1000;

/** How many resources are ranked after narrowing (more when more results are asked for). */
export const CANDIDATES = 150;

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
export function relevanceOf(matches: ReadonlyArray<WordMatch | undefined>, count: number): number {
  let sum = 0;
  for (let w = 0; w < count; w++) {
    const match = matches[w];
    if (match) sum += match.quality * (match.textOnly ? TEXT_ONLY : 1);
  }
  return count === 0 ? 0 : sum / count;
}

/** True when `phrase` appears in `terms` as a run, in order, each word as search matches words (typos and prefixes too). */
function holdsRun(terms: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (matchQuality(phrase[j] as string, terms[i + j] as string) === 0) continue outer;
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
function phraseMatch(names: string, phrase: readonly string[]): number {
  let best = 0;
  for (const name of names.split('\n')) {
    const terms = name.split(' ');
    if (terms.length === phrase.length && holdsRun(terms, phrase)) return 2;
    if ((phrase.length > 1 && holdsRun(terms, phrase)) || holdsRun(phrase, terms)) best = 1;
  }
  return best;
}

/** How much a name that holds the query, or is held by it (1), or is it (2), multiplies the score. */
const PHRASE_BONUS = [1, 2, 6];

/** The build's index of the shipped data, read once per run. */
let shippedIndex: { index: PackedIndex; entries: readonly Entry[] } | undefined;

function shippedSearch(): { index: PackedIndex; entries: readonly Entry[] } {
  if (shippedIndex) return shippedIndex;
  const { index, entries } = loadSearchIndex();
  return (shippedIndex = { index: readIndex(index), entries });
}

/**
 * A reusable index over a directory's sections and resources: record i is
 * section i, then resource i - sectionCount, in the store's order. The shipped
 * records come indexed by the build, with what search shows of each, so a search
 * of them reads no record it does not print; other records are indexed when
 * first searched, or, in a large directory, those a cheap word filter picks for
 * each search.
 */
export class SearchIndex {
  private readonly directory: Directory;
  private readonly sections: readonly Section[];
  private readonly vocabularies: Vocabularies;
  private readonly narrowFrom: number;
  private list?: { readonly size: number; record(row: number): Resource };
  private made?: Store;
  private vocabulary?: Vocabulary;
  private shown?: Set<string>;
  /** Records, entries and documents, made when first needed: a large directory needs few. */
  private readonly records = new Map<number, Resource | Section>();
  private readonly entries = new Map<number, Entry>();
  private readonly documents = new Map<number, SearchDocument>();
  private shipped?: { segment?: Segment; entries?: readonly Entry[]; covered: number };
  private others?: Segment;
  private fields?: NarrowField[];

  constructor(directory: Directory, options: IndexOptions = {}) {
    this.directory = directory;
    this.vocabularies = directory.vocabularies;
    this.sections = directory.sections;
    this.narrowFrom = options.narrowFrom ?? NARROW_FROM;
  }

  /** The resources, from the directory's store where it has one (data files), else from its list, read when first needed. */
  private resources(): { readonly size: number; record(row: number): Resource } {
    if (this.list) return this.list;
    const { store } = this.directory;
    if (store) return (this.list = store);
    const list = this.directory.resources;
    return (this.list = { size: list.length, record: (row) => list[row] as Resource });
  }

  /** A store, for narrowing a large directory: the directory's own, or one made now. */
  private store(): Store {
    return (this.made ??= storeOf(this.directory));
  }

  private record(i: number): Resource | Section {
    let record = this.records.get(i);
    if (!record) {
      record = i < this.sections.length ? (this.sections[i] as Section) : this.resources().record(i - this.sections.length);
      this.records.set(i, record);
    }
    return record;
  }

  private entry(i: number): Entry {
    const { entries, covered } = this.shippedPart();
    if (entries && i < covered) return entries[i] as Entry;
    let entry = this.entries.get(i);
    if (!entry) {
      this.shown ??= shownStatuses(this.vocabularies);
      entry = entryOf(this.record(i), this.shown);
      this.entries.set(i, entry);
    }
    return entry;
  }

  private document(i: number): SearchDocument {
    let document = this.documents.get(i);
    if (!document) {
      const record = this.record(i);
      this.vocabulary ??= vocabularyOf(this.vocabularies);
      document = 'blocks' in record ? sectionDocument(record) : resourceDocument(record, this.vocabulary);
      this.documents.set(i, document);
    }
    return document;
  }

  /**
   * The build's index of the shipped data, where this directory has the shipped
   * sections and vocabularies, and how many of its leading records (sections,
   * then resources) are the shipped ones: all of them in the shipped directory,
   * the leading ones where data files are loaded on top of it.
   */
  private shippedPart(): { segment?: Segment; entries?: readonly Entry[]; covered: number } {
    if (this.shipped) return this.shipped;
    const shipped = loadDirectory();
    if (this.sections !== shipped.sections || this.vocabularies !== shipped.vocabularies) return (this.shipped = { covered: 0 });
    const { index, entries } = shippedSearch();
    let covered = entries.length;
    if (this.directory !== shipped) {
      // Data files merged with the shipped table: its leading rows are the table's, found without reading a record.
      const table = shipped.store?.wholePart();
      const { store } = this.directory;
      covered = this.sections.length + (store && table ? store.leadingRowsOf(table) : this.sameLeading(shipped.resources));
    }
    return (this.shipped = { segment: { index, ref: (d) => (d < covered ? d : -1) }, entries, covered });
  }

  /** How many of the store's first rows the build's index covers. */
  private coveredResources(): number {
    return this.shippedPart().covered - this.sections.length;
  }

  /** How many of this directory's first records are those of `resources`, in order. */
  private sameLeading(resources: readonly Resource[]): number {
    const own = this.resources();
    let row = 0;
    while (row < resources.length && row < own.size && own.record(row) === resources[row]) row++;
    return row;
  }

  /** An index made now of records `refs`. */
  private segmentOf(refs: readonly number[]): Segment {
    return { index: packIndex(refs.map((ref) => this.document(ref))), ref: (d) => refs[d] as number };
  }

  /** The indexes a search reads: the shipped one, and one of the other records (all, or those the word filter picks). */
  private segments(query: string, terms: readonly string[], wanted: number): Segment[] {
    const { segment, covered } = this.shippedPart();
    // The shipped directory is all in the build's index: its records need not even be read.
    const count = segment && this.directory === loadDirectory() ? covered : this.sections.length + this.resources().size;
    if (segment && count === covered) return [segment];
    if (count < this.narrowFrom) {
      this.others ??= this.segmentOf(Array.from({ length: count - covered }, (_, i) => covered + i));
      return segment ? [segment, this.others] : [this.others];
    }
    const picked = this.segmentOf(this.narrowed(query, terms, wanted).filter((ref) => ref >= covered));
    return segment ? [segment, picked] : [picked];
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
    const scored = scoreDocuments(this.segments(query, terms, options.limit ?? 10), terms, {
      weights: WEIGHTS,
      quality: MATCH_QUALITY,
      edits: allowedEdits,
    });
    const kinds = new Set(options.kinds ?? HIT_KINDS);
    const ranked: Array<{ ref: number; matched: number; score: number; relevance: number; live: boolean; name: string }> = [];
    for (const { ref, score, words: matches } of scored) {
      const relevance = Math.round(relevanceOf(matches, terms.length) * 1000) / 1000;
      if (relevance < MIN_RELEVANCE) continue;
      const { kind, id, title, live, names } = this.entry(ref);
      if (!kinds.has(kind)) continue;
      if (!live && options.all !== true) continue;
      if (kind !== 'section' && options.resources && !options.resources.has(id)) continue;
      const weighed = score * relevance * (PHRASE_BONUS[phraseMatch(names, terms)] as number);
      ranked.push({ ref, matched: matches.filter(Boolean).length, score: weighed, relevance, live, name: sortKey(title) });
    }
    ranked.sort((a, b) => Number(b.live) - Number(a.live) || b.matched - a.matched || b.score - a.score || b.relevance - a.relevance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return ranked.slice(0, options.limit ?? ranked.length).map(({ ref, relevance }) => this.hit(ref, relevance));
  }

  /** The records a large directory's search ranks: the resources the cheap word filter scores best. */
  private narrowed(query: string, terms: readonly string[], wanted: number): number[] {
    this.fields ??= this.narrowFields();
    // The words as typed and as terms: the texts the filter scans are only lower-cased.
    const typed = words(query).filter((w) => terms.includes(indexTerm(w)));
    const rows = narrow({
      fields: this.fields,
      count: this.resources().size,
      phrase: foldLetters(query),
      words: [...new Set([...typed, ...terms])],
      keep: Math.max(CANDIDATES, wanted * 4),
      from: this.coveredResources(),
    });
    const sectionCount = this.sections.length;
    return [...Array.from({ length: sectionCount }, (_, i) => i), ...rows.map((row) => sectionCount + row)];
  }

  /**
   * The searched fields of the resources, straight from the store: joined
   * texts, and types as labels. The shipped records the build's index covers
   * are ranked by it: their texts are left out, so the filter's picks are all
   * records it does not cover.
   */
  private narrowFields(): NarrowField[] {
    const store = this.store();
    const from = this.coveredResources();
    const corpora = (field: SearchField) => store.texts(field, from).map(({ texts, rows }) => new Corpus(texts, rows));
    return [
      { weight: FIELD_WEIGHTS.title, corpora: corpora('title') },
      { weight: FIELD_WEIGHTS.aliases, corpora: corpora('aliases'), rough: false },
      { weight: FIELD_WEIGHTS.tags, labels: store.column('types'), textOf: this.vocabularies.types.map((t) => labelNames(t).join('\n').toLowerCase()) },
      { weight: FIELD_WEIGHTS.body, corpora: corpora('body') },
    ];
  }

  /** A hit; its record is read when first asked for (a pipe prints only the entry). */
  private hit(ref: number, relevance: number): SearchHit {
    const { kind, id, title } = this.entry(ref);
    const record = () => this.record(ref);
    if (kind === 'section') {
      return { kind, id, title, relevance, get section() { return record() as Section; } };
    }
    return { kind, id, title, relevance, get resource() { return record() as Resource; } };
  }
}

/** One-off search; build a SearchIndex to search the same directory many times. */
export function search(directory: Directory, query: string, options: SearchOptions = {}): SearchHit[] {
  return new SearchIndex(directory).search(query, options);
}
