import Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { UsageError } from '../errors.js';
import { PatternCheck } from './could-match.js';
import { Corpus, narrow } from './narrow.js';
import type { NarrowField } from './narrow.js';
import { tableOf } from '../data/resource-table.js';
import type { ResourceTable, SearchField } from '../data/resource-table.js';
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
    body: resource.description,
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
 * section i, then resource i - sectionCount, in the table's order.
 */
export class SearchIndex {
  private readonly sections: readonly Section[];
  private readonly table: ResourceTable;
  private readonly vocabularies: Vocabularies;
  private readonly types: ReadonlyMap<string, ResourceType>;
  private readonly narrowFrom: number;
  private readonly count: number;
  /** Records, documents and lower-cased documents, made when first needed: a large directory needs few. */
  private readonly records = new Map<number, Resource | Section>();
  private readonly documents = new Map<number, SearchDocument>();
  private readonly lowerDocuments = new Map<number, SearchDocument>();
  private fields?: NarrowField[];

  constructor(directory: Directory, options: IndexOptions = {}) {
    this.vocabularies = directory.vocabularies;
    this.types = new Map(directory.vocabularies.types.map((t) => [t.id, t]));
    // Sections first: on equal scores Fuse keeps index order, and the flyer's advice comes before organizations.
    this.sections = directory.sections;
    this.table = tableOf(directory);
    this.count = this.sections.length + this.table.size;
    this.narrowFrom = options.narrowFrom ?? NARROW_FROM;
  }

  private record(i: number): Resource | Section {
    let record = this.records.get(i);
    if (!record) {
      record = i < this.sections.length ? (this.sections[i] as Section) : this.table.record(i - this.sections.length);
      this.records.set(i, record);
    }
    return record;
  }

  /** The searchable form of record i. */
  private document(i: number): SearchDocument {
    let document = this.documents.get(i);
    if (!document) {
      const record = this.record(i);
      document = 'blocks' in record ? sectionDocument(record) : resourceDocument(record, this.types);
      this.documents.set(i, document);
    }
    return document;
  }

  /** Record i's document lower-cased, as Fuse compares it. */
  private lowerDocument(i: number): SearchDocument {
    let lower = this.lowerDocuments.get(i);
    if (!lower) {
      const { kind, id, title, aliases, tags, body } = this.document(i);
      const down = (text: string) => text.toLowerCase();
      lower = { kind, id, title: down(title), aliases: aliases.map(down), tags: tags.map(down), body: down(body) };
      this.lowerDocuments.set(i, lower);
    }
    return lower;
  }

  /**
   * Record i's document with only the values one of the patterns could match
   * (see could-match.ts), or undefined when there are none: Fuse then gives the
   * same scores while searching far less.
   */
  private matchable(i: number, checks: readonly PatternCheck[]): SearchDocument | undefined {
    const document = this.document(i);
    const lower = this.lowerDocument(i);
    const could = (text: string) => checks.some((check) => check.couldMatch(text));
    const title = could(lower.title) ? document.title : '';
    const aliases = document.aliases.filter((_, k) => could(lower.aliases[k] as string));
    const tags = document.tags.filter((_, k) => could(lower.tags[k] as string));
    const body = could(lower.body) ? document.body : '';
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
    const { fuse, original } = this.fuseFor(phrase, words, options.limit ?? 10);
    const best = new Map<number, number>();
    const keep = (results: FuseResult<SearchDocument>[]) => {
      for (const { refIndex, score = 1 } of results) {
        const index = original(refIndex);
        const seen = best.get(index);
        if (seen === undefined || score < seen) best.set(index, score);
      }
    };
    keep(fuse.search(phrase));
    if (words.length > 1) {
      const keys = FUSE_OPTIONS.keys.map((k) => k.name);
      keep(fuse.search({ $and: words.map((w) => ({ $or: keys.map((k) => ({ [k]: w })) })) }));
    }
    // Best score first, then original order: the same order Fuse over everything gives.
    const ranked = [...best.entries()].sort(([ia, a], [ib, b]) => a - b || ia - ib);
    return ranked.slice(0, options.limit ?? ranked.length).map(([index, score]) => this.hit(index, score));
  }

  /**
   * Fuse over the documents that could match: every record in a small
   * directory, the narrowed candidates in a large one.
   */
  private fuseFor(phrase: string, words: readonly string[], wanted: number): { fuse: Fuse<SearchDocument>; original: (i: number) => number } {
    const candidates = this.count < this.narrowFrom ? Array.from({ length: this.count }, (_, i) => i) : this.narrowed(phrase, words, wanted);
    const checks = [phrase, ...(words.length > 1 ? words : [])].map((pattern) => new PatternCheck(pattern, FUSE_OPTIONS.threshold));
    const kept: number[] = [];
    const documents: SearchDocument[] = [];
    for (const i of candidates) {
      const document = this.matchable(i, checks);
      if (document) {
        kept.push(i);
        documents.push(document);
      }
    }
    return { fuse: new Fuse(documents, FUSE_OPTIONS), original: (i) => kept[i] as number };
  }

  /**
   * The records a large directory's search ranks: every section, and the
   * resources the cheap word filter scores best. The flyer's sections are few
   * and long, and rough matches in long texts are where the cheap score errs
   * most: Fuse always ranks them.
   */
  private narrowed(phrase: string, words: readonly string[], wanted: number): number[] {
    this.fields ??= this.narrowFields();
    const rows = narrow({
      fields: this.fields,
      count: this.table.size,
      phrase: phrase.toLowerCase(),
      words: [...new Set(words.map((w) => w.toLowerCase()))],
      keep: Math.max(CANDIDATES, wanted * 4),
    });
    const sectionCount = this.sections.length;
    return [...Array.from({ length: sectionCount }, (_, i) => i), ...rows.map((row) => sectionCount + row)];
  }

  /** The searched fields of every resource, straight from the table: joined texts, and types as labels. */
  private narrowFields(): NarrowField[] {
    const { table } = this;
    const corpora = (field: SearchField) => table.parts.map((part, p) => new Corpus(part.searchTexts(field), table.rowsOf[p]));
    const fieldOf: Record<SearchKey, NarrowField> = {
      title: { weight: 0, corpora: corpora('title') },
      aliases: { weight: 0, corpora: corpora('aliases'), rough: false },
      tags: { weight: 0, labels: table.types, textOf: this.vocabularies.types.map((t) => typeNames(t).join('\n').toLowerCase()) },
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

/** One-off search; build a SearchIndex to search the same directory many times. */
export function search(directory: Directory, query: string, options: SearchOptions = {}): SearchHit[] {
  return new SearchIndex(directory).search(query, options);
}
