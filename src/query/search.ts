import Fuse from 'fuse.js';
import type { Expression, IFuseOptions } from 'fuse.js';
import { UsageError } from '../errors.js';
import { MatchCutter } from './could-match.js';
import { Corpus, narrow } from './narrow.js';
import type { NarrowField } from './narrow.js';
import { loadDirectory } from '../data/shipped.js';
import { storeOf } from '../data/store.js';
import { searchText } from '../data/store.js';
import type { SearchField, Store } from '../data/store.js';
import type { Directory, Resource, ResourceType, Section, Vocabularies } from '../types.js';

/** One searchable thing: a resource or a section, flattened into the fields Fuse reads. */
export interface SearchDocument {
  kind: 'resource' | 'section';
  id: string;
  title: string;
  aliases: string[];
  /** Names of its types ("Helpline", "grants"), so a search for what kind of help finds it. */
  tags: string[];
  body: string;
}

type SearchKey = 'title' | 'aliases' | 'tags' | 'body';

/**
 * How search weighs and forgives. Titles and aliases count most, so a query that
 * names something finds it first. `ignoreLocation` lets a match deep in a long
 * section count as much as one at its start, and `ignoreFieldNorm` stops a
 * long description from burying an exact phrase inside it.
 */
export const FUSE_OPTIONS = {
  keys: [
    { name: 'title' as SearchKey, weight: 3 },
    { name: 'aliases' as SearchKey, weight: 2 },
    { name: 'tags' as SearchKey, weight: 1.5 },
    { name: 'body' as SearchKey, weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  minMatchCharLength: 2,
} as const satisfies IFuseOptions<SearchDocument>;

export type SearchHit =
  | { kind: 'resource'; id: string; title: string; relevance: number; resource: Resource }
  | { kind: 'section'; id: string; title: string; relevance: number; section: Section };

export interface SearchOptions {
  /** At most this many hits (default: all). */
  limit?: number;
}

/** The names a type answers to in search: its name and its aliases, as words. */
function typeNames(type: ResourceType): string[] {
  return [type.name, ...type.aliases.map((a) => a.replace(/-/g, ' '))];
}

export function resourceDocument(resource: Resource, types: ReadonlyMap<string, ResourceType>): SearchDocument {
  return {
    kind: 'resource',
    id: resource.id,
    title: resource.name,
    aliases: [resource.id, ...resource.aliases, ...resource.formerNames],
    tags: resource.types.flatMap((id) => {
      const type = types.get(id);
      return type ? typeNames(type) : [id];
    }),
    body: searchText(resource, 'body'),
  };
}

export function sectionDocument(section: Section): SearchDocument {
  return {
    kind: 'section',
    id: section.id,
    title: section.title,
    aliases: [section.id, ...section.aliases, section.flyerHeading ?? ''].filter(Boolean).map((a) => a.replace(/-/g, ' ')),
    tags: [],
    body: section.blocks.map((b) => b.text).join('\n'),
  };
}

/** Longer queries are refused: Fuse's work grows with the query's length, and no real question needs more. */
export const MAX_QUERY_LENGTH = 200;

/** Collapses white space; a query with nothing left to search for, or far too long, is a usage error. */
export function normalizeQuery(query: string): string {
  const cleaned = query.replace(/\s+/g, ' ').trim();
  if (cleaned === '') throw new UsageError('the search query is empty; give one or more words, e.g. lms search "second opinion"');
  if (cleaned.length > MAX_QUERY_LENGTH) throw new UsageError(`the search query is ${cleaned.length} characters long; the limit is ${MAX_QUERY_LENGTH}`);
  return cleaned;
}

export interface IndexOptions {
  /**
   * From this many documents on, a cheap word filter picks the candidates Fuse
   * ranks (see narrow.ts); below it, and with Infinity, Fuse sees everything.
   */
  narrowFrom?: number;
}

/** Directories smaller than this are searched by Fuse alone: it is fast enough, and exact. */
export const NARROW_FROM = 1000;

/** How many documents Fuse ranks after narrowing (more when more results are asked for). */
export const CANDIDATES = 150;

/**
 * A reusable index over a directory's sections and resources: record i is
 * section i, then resource i - sectionCount, in the store's order.
 */
export class SearchIndex {
  private readonly sections: readonly Section[];
  private readonly store: Store;
  private readonly vocabularies: Vocabularies;
  private readonly types: ReadonlyMap<string, ResourceType>;
  private readonly narrowFrom: number;
  private readonly count: number;
  /** Records and their documents, made when first needed: a large directory needs few. */
  private readonly records = new Map<number, Resource | Section>();
  private readonly documents = new Map<number, SearchDocument>();
  private fields?: NarrowField[];
  private shippedRows?: number;

  constructor(directory: Directory, options: IndexOptions = {}) {
    this.vocabularies = directory.vocabularies;
    this.types = new Map(directory.vocabularies.types.map((t) => [t.id, t]));
    // Sections first: on equal scores Fuse keeps index order, and the flyer's advice comes before organizations.
    this.sections = directory.sections;
    this.store = storeOf(directory);
    this.count = this.sections.length + this.store.size;
    this.narrowFrom = options.narrowFrom ?? NARROW_FROM;
  }

  private record(i: number): Resource | Section {
    let record = this.records.get(i);
    if (!record) {
      record = i < this.sections.length ? (this.sections[i] as Section) : this.store.record(i - this.sections.length);
      this.records.set(i, record);
    }
    return record;
  }

  /** The searchable form of record i, lower-cased as Fuse compares it. */
  private document(i: number): SearchDocument {
    let document = this.documents.get(i);
    if (!document) {
      const record = this.record(i);
      const { kind, id, title, aliases, tags, body } = 'blocks' in record ? sectionDocument(record) : resourceDocument(record, this.types);
      const down = (text: string) => text.toLowerCase();
      document = { kind, id, title: down(title), aliases: aliases.map(down), tags: tags.map(down), body: down(body) };
      this.documents.set(i, document);
    }
    return document;
  }

  /**
   * Record i's document cut down to what Fuse needs to score the patterns (see
   * could-match.ts), or undefined when Fuse could not match it at all: when no
   * pattern could match a value of it, or, with `every`, when one of them
   * could match none.
   */
  private matchable(i: number, cutter: MatchCutter, every: boolean): SearchDocument | undefined {
    const document = this.document(i);
    if (every) {
      // A pattern that no value could match rules the document out before any value is cut.
      const values = [document.title, ...document.aliases, ...document.tags, document.body];
      if (!cutter.checks.every((check) => values.some((value) => check.couldMatch(value)))) return undefined;
    }
    const cut = (value: string) => cutter.cut(value);
    const title = cut(document.title);
    const aliases = document.aliases.map(cut).filter((value) => value !== '');
    const tags = document.tags.map(cut).filter((value) => value !== '');
    const body = cut(document.body);
    if (title === '' && body === '' && aliases.length === 0 && tags.length === 0) return undefined;
    return { ...document, title, aliases, tags, body };
  }

  /**
   * Hits best first; relevance runs from 1 (exact) down towards 0. The query is
   * matched twice, as a whole phrase and word by word (every word must match
   * somewhere, in any field), and each document keeps its better score: the
   * phrase finds "find a specialist", the words find "second opinion grants".
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const phrase = normalizeQuery(query);
    const words = phrase.split(' ').filter((w) => w.length >= FUSE_OPTIONS.minMatchCharLength);
    const candidates = this.count < this.narrowFrom ? Array.from({ length: this.count }, (_, i) => i) : this.narrowed(phrase, words, options.limit ?? 10);
    const best = new Map<number, number>();
    const keep = (found: ReadonlyMap<number, number>) => {
      for (const [index, score] of found) {
        const seen = best.get(index);
        if (seen === undefined || score < seen) best.set(index, score);
      }
    };
    keep(this.fuseSearch(candidates, [phrase], phrase));
    if (words.length > 1) {
      const keys = FUSE_OPTIONS.keys.map((k) => k.name);
      keep(this.fuseSearch(candidates, words, { $and: words.map((w) => ({ $or: keys.map((k) => ({ [k]: w })) })) }));
    }
    const ranked = rankScores(best, (i) => this.document(i).title, words);
    return ranked.slice(0, options.limit ?? ranked.length).map(([index, score]) => this.hit(index, score));
  }

  /**
   * Fuse's scores for `query` over the candidates it could match, by record:
   * a search for each of several patterns (words) needs all of them to match.
   * Each query gets a Fuse of its own, so no pattern is searched in values
   * only another one could match.
   */
  private fuseSearch(candidates: readonly number[], patterns: readonly string[], query: string | Expression): Map<number, number> {
    const cutter = new MatchCutter(patterns, FUSE_OPTIONS.threshold);
    const kept: number[] = [];
    const documents: SearchDocument[] = [];
    for (const i of candidates) {
      const document = this.matchable(i, cutter, patterns.length > 1);
      if (document) {
        kept.push(i);
        documents.push(document);
      }
    }
    const found = new Map<number, number>();
    if (documents.length === 0) return found;
    for (const { refIndex, score = 1 } of new Fuse(documents, FUSE_OPTIONS).search(query)) found.set(kept[refIndex] as number, score);
    return found;
  }

  /**
   * The records a large directory's search ranks: every section, the shipped
   * records, and the other resources the cheap word filter scores best. The flyer's sections are few
   * and long, and rough matches in long texts are where the cheap score errs
   * most: Fuse always ranks them.
   */
  private narrowed(phrase: string, words: readonly string[], wanted: number): number[] {
    this.fields ??= this.narrowFields();
    const rows = narrow({
      fields: this.fields,
      count: this.store.size,
      phrase: phrase.toLowerCase(),
      words: [...new Set(words.map((w) => w.toLowerCase()))],
      keep: Math.max(CANDIDATES, wanted * 4),
    });
    const sectionCount = this.sections.length;
    const shipped = (this.shippedRows ??= this.leadingShippedRows());
    return [...Array.from({ length: sectionCount + shipped }, (_, i) => i), ...rows.filter((row) => row >= shipped).map((row) => sectionCount + row)];
  }

  /**
   * How many rows at the start are the shipped directory's records, as they
   * are when files are loaded on top of it. Fuse ranks them always, like the
   * sections: they are a few hundred, and their long names and places are
   * where rough matches add up in ways the cheap score cannot follow.
   */
  private leadingShippedRows(): number {
    const shipped = loadDirectory().resources;
    let row = 0;
    while (row < shipped.length && row < this.store.size && this.store.record(row).id === (shipped[row] as Resource).id) row++;
    return row;
  }

  /** The searched fields of every resource, straight from the store: joined texts, and types as labels. */
  private narrowFields(): NarrowField[] {
    const { store } = this;
    const corpora = (field: SearchField) => store.texts(field).map(({ texts, rows }) => new Corpus(texts, rows));
    const fieldOf: Record<SearchKey, NarrowField> = {
      title: { weight: 0, corpora: corpora('title') },
      aliases: { weight: 0, corpora: corpora('aliases'), rough: false },
      tags: { weight: 0, labels: store.column('types'), textOf: this.vocabularies.types.map((t) => typeNames(t).join('\n').toLowerCase()) },
      body: { weight: 0, corpora: corpora('body') },
    };
    return FUSE_OPTIONS.keys.map(({ name, weight }) => ({ ...fieldOf[name], weight }));
  }

  private hit(index: number, score: number): SearchHit {
    const relevance = Math.round((1 - score) * 1000) / 1000;
    const record = this.record(index);
    if ('blocks' in record) return { kind: 'section', id: record.id, title: record.title, relevance, section: record };
    return { kind: 'resource', id: record.id, title: record.name, relevance, resource: record };
  }
}

/** How many of the query's words a title holds whole: "uk" is in "Sarcoma UK", not in "Duke". */
function wholeWordsIn(title: string, words: readonly string[]): number {
  const own = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return words.filter((w) => own.has(w.toLowerCase())).length;
}

/**
 * Scores in ranking order: best relevance first; where the relevance shown is
 * the same, the title holding more of the query's words whole (Fuse scores a
 * word found inside another as exact, and a record that repeats it in every
 * field above one that is named by it); then the directory's order.
 */
export function rankScores(scores: ReadonlyMap<number, number>, titleOf: (index: number) => string, words: readonly string[]): Array<[number, number]> {
  const shown = (score: number) => Math.round((1 - score) * 1000);
  const whole = new Map([...scores.keys()].map((i) => [i, wholeWordsIn(titleOf(i), words)]));
  return [...scores.entries()].sort(([ia, a], [ib, b]) => shown(b) - shown(a) || (whole.get(ib) as number) - (whole.get(ia) as number) || a - b || ia - ib);
}

/** One-off search; build a SearchIndex to search the same directory many times. */
export function search(directory: Directory, query: string, options: SearchOptions = {}): SearchHit[] {
  return new SearchIndex(directory).search(query, options);
}
