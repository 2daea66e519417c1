import Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { UsageError } from '../errors.js';
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

/**
 * How search weighs and forgives. Titles and aliases count most, so a query that
 * names something finds it first. `ignoreLocation` lets a match deep in a long
 * section count as much as one at its start, and `ignoreFieldNorm` stops a
 * long description from burying an exact phrase inside it.
 */
export const FUSE_OPTIONS = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'tags', weight: 1.5 },
    { name: 'body', weight: 1 },
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

export function resourceDocument(resource: Resource, types: ReadonlyMap<string, ResourceType>): SearchDocument {
  return {
    kind: 'resource',
    id: resource.id,
    title: resource.name,
    aliases: [resource.id, ...resource.aliases, ...resource.formerNames],
    tags: resource.types.flatMap((id) => {
      const type = types.get(id);
      return type ? [type.name, ...type.aliases.map((a) => a.replace(/-/g, ' '))] : [id];
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

/** Collapses white space; a query with nothing left to search for is a usage error. */
export function normalizeQuery(query: string): string {
  const cleaned = query.replace(/\s+/g, ' ').trim();
  if (cleaned === '') throw new UsageError('the search query is empty; give one or more words, e.g. lms search "second opinion"');
  return cleaned;
}

/** A reusable index over a directory's resources and sections. */
export class SearchIndex {
  private readonly fuse: Fuse<SearchDocument>;
  private readonly resources: Map<string, Resource>;
  private readonly sections: Map<string, Section>;

  constructor(directory: Directory) {
    this.resources = new Map(directory.resources.map((r) => [r.id, r]));
    this.sections = new Map(directory.sections.map((s) => [s.id, s]));
    const types = new Map(directory.vocabularies.types.map((t) => [t.id, t]));
    // Sections first: on equal scores Fuse keeps index order, and the flyer's advice comes before organizations.
    const documents = [...directory.sections.map(sectionDocument), ...directory.resources.map((r) => resourceDocument(r, types))];
    this.fuse = new Fuse(documents, FUSE_OPTIONS);
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
    const best = new Map<number, { item: SearchDocument; score: number }>();
    const keep = (results: FuseResult<SearchDocument>[]) => {
      for (const { item, refIndex, score = 1 } of results) {
        const seen = best.get(refIndex);
        if (!seen || score < seen.score) best.set(refIndex, { item, score });
      }
    };
    keep(this.fuse.search(phrase));
    if (words.length > 1) {
      const keys = FUSE_OPTIONS.keys.map((k) => k.name);
      keep(this.fuse.search({ $and: words.map((w) => ({ $or: keys.map((k) => ({ [k]: w })) })) }));
    }
    const ranked = [...best.entries()].sort(([ia, a], [ib, b]) => a.score - b.score || ia - ib);
    return ranked.slice(0, options.limit ?? ranked.length).map(([, { item, score }]) => this.hit(item, score));
  }

  private hit(item: SearchDocument, score: number): SearchHit {
    const relevance = Math.round((1 - score) * 1000) / 1000;
    if (item.kind === 'resource') {
      return { kind: 'resource', id: item.id, title: item.title, relevance, resource: this.resources.get(item.id) as Resource };
    }
    return { kind: 'section', id: item.id, title: item.title, relevance, section: this.sections.get(item.id) as Section };
  }
}

/** One-off search; build a SearchIndex to search the same directory many times. */
export function search(directory: Directory, query: string, options: SearchOptions = {}): SearchHit[] {
  return new SearchIndex(directory).search(query, options);
}
