import Fuse from 'fuse.js';
import { FUSE_OPTIONS, normalizeQuery, rankScores, resourceDocument, sectionDocument } from '../../src/query/search.js';
import type { Directory } from '../../src/index.js';

/**
 * The reference search: Fuse over every document of the directory, nothing
 * narrowed or left out, with the phrase and the words matched as SearchIndex
 * does. Returns "id relevance" for the top `limit` hits.
 */
export function plainFuseSearch(directory: Directory, query: string, limit: number): string[] {
  const types = new Map(directory.vocabularies.types.map((t) => [t.id, t]));
  const documents = [...directory.sections.map(sectionDocument), ...directory.resources.map((r) => resourceDocument(r, types))];
  const fuse = new Fuse(documents, FUSE_OPTIONS);
  const phrase = normalizeQuery(query);
  const words = phrase.split(' ').filter((w) => w.length >= FUSE_OPTIONS.minMatchCharLength);
  const best = new Map<number, number>();
  const keep = (results: ReturnType<typeof fuse.search>) => {
    for (const { refIndex, score = 1 } of results) if (!best.has(refIndex) || score < (best.get(refIndex) as number)) best.set(refIndex, score);
  };
  keep(fuse.search(phrase));
  if (words.length > 1) {
    const keys = FUSE_OPTIONS.keys.map((k) => k.name);
    keep(fuse.search({ $and: words.map((w) => ({ $or: keys.map((k) => ({ [k]: w })) })) }));
  }
  return rankScores(best, (i) => (documents[i] as { title: string }).title, words)
    .slice(0, limit)
    .map(([i, score]) => `${(documents[i] as { id: string }).id} ${Math.round((1 - score) * 1000) / 1000}`);
}
