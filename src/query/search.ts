import Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { UsageError } from '../errors.js';
import { PatternCheck } from './could-match.js';
import { Corpus, narrow } from './narrow.js';
import type { NarrowField } from './narrow.js';
import type { Directory, Resource, ResourceType, Section } from '../types.js';

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

/** A reusable index over a directory's resources and sections. */
export class SearchIndex {
  private readonly records: Array<Resource | Section>;
  private readonly types: ReadonlyMap<string, ResourceType>;
  private readonly narrowFrom: number;
  private readonly sectionCount: number;
  private readonly documents: Array<SearchDocument | undefined>;
  private readonly lowerDocuments: Array<SearchDocument | undefined>;
  private fields?: NarrowField[];

  constructor(directory: Directory, options: IndexOptions = {}) {
    this.types = new Map(directory.vocabularies.types.map((t) => [t.id, t]));
    // Sections first: on equal scores Fuse keeps index order, and the flyer's advice comes before organizations.
    this.records = [...directory.sections, ...directory.resources];
    this.sectionCount = directory.sections.length;
    this.documents = new Array(this.records.length);
    this.lowerDocuments = new Array(this.records.length);
    this.narrowFrom = options.narrowFrom ?? NARROW_FROM;
  }

  /** The searchable form of record i, made when first needed. */
  private document(i: number): SearchDocument {
    let document = this.documents[i];
    if (!document) {
      const record = this.records[i] as Resource | Section;
      document = 'blocks' in record ? sectionDocument(record) : resourceDocument(record, this.types);
      this.documents[i] = document;
    }
    return document;
  }

  /** Record i's document lower-cased, as Fuse compares it. */
  private lowerDocument(i: number): SearchDocument {
    let lower = this.lowerDocuments[i];
    if (!lower) {
      const { kind, id, title, aliases, tags, body } = this.document(i);
      const down = (text: string) => text.toLowerCase();
      lower = { kind, id, title: down(title), aliases: aliases.map(down), tags: tags.map(down), body: down(body) };
      this.lowerDocuments[i] = lower;
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
    const candidates = this.records.length < this.narrowFrom ? this.records.map((_, i) => i) : this.narrowed(phrase, words, wanted);
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

  /** The records a large directory's search ranks: the cheap word filter's best few, and every section. */
  private narrowed(phrase: string, words: readonly string[], wanted: number): number[] {
    this.fields ??= this.corpora();
    const narrowed = narrow({
      fields: this.fields,
      count: this.records.length,
      phrase: phrase.toLowerCase(),
      words: [...new Set(words.map((w) => w.toLowerCase()))],
      keep: Math.max(CANDIDATES, wanted * 4),
    });
    // The flyer's sections are few and long, and rough matches in long texts are where the cheap score
    // errs most: Fuse always ranks them.
    const sections = Array.from({ length: this.sectionCount }, (_, i) => i);
    return [...sections, ...narrowed.filter((i) => i >= this.sectionCount)];
  }

  /** The searched fields of every record, straight from the records: one corpus each, and types as labels. */
  private corpora(): NarrowField[] {
    const title: string[] = [];
    const aliases: string[] = [];
    const body: string[] = [];
    const labelsOf: string[][] = [];
    for (let i = 0; i < this.records.length; i++) {
      const record = this.records[i] as Resource | Section;
      if ('blocks' in record) {
        // Sections are few and long: their search documents are the simplest source of their texts.
        const document = this.document(i);
        title.push(document.title);
        aliases.push(document.aliases.join('\n'));
        body.push(document.body);
        labelsOf.push([]);
      } else {
        title.push(record.name);
        aliases.push(record.aliases.length + record.formerNames.length === 0 ? record.id : [record.id, ...record.aliases, ...record.formerNames].join('\n'));
        body.push(record.description);
        labelsOf.push(record.types);
      }
    }
    const textOf = new Map([...this.types.values()].map((t) => [t.id, typeNames(t).join('\n').toLowerCase()]));
    const corpusOf: Record<SearchKey, NarrowField> = {
      title: { weight: 0, corpus: new Corpus(title) },
      aliases: { weight: 0, corpus: new Corpus(aliases), rough: false },
      tags: { weight: 0, labelsOf, textOf },
      body: { weight: 0, corpus: new Corpus(body) },
    };
    return FUSE_OPTIONS.keys.map(({ name, weight }) => ({ ...corpusOf[name], weight }));
  }

  private hit(index: number, score: number): SearchHit {
    const relevance = Math.round((1 - score) * 1000) / 1000;
    const record = this.records[index] as Resource | Section;
    if ('blocks' in record) return { kind: 'section', id: record.id, title: record.title, relevance, section: record };
    return { kind: 'resource', id: record.id, title: record.name, relevance, resource: record };
  }
}

/** One-off search; build a SearchIndex to search the same directory many times. */
export function search(directory: Directory, query: string, options: SearchOptions = {}): SearchHit[] {
  return new SearchIndex(directory).search(query, options);
}
