import Fuse from 'fuse.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Directory, Resource, Section } from '../types.js';
import { exactAmong, resourceCandidates, sectionCandidates } from './names.js';
import type { Candidate } from './names.js';
import { normalizeKey } from './normalize.js';

export interface Resolved<T> {
  item: T;
  /** False when the name was a near miss that could only mean this one. */
  exact: boolean;
}

/** A fuzzy match counts as sure only when it is this close (Fuse score, 0 = perfect: about one typo in six letters)… */
const SURE_SCORE = 0.2;
/** …and this much closer than the best other candidate. */
const SURE_MARGIN = 0.1;

function resolveAmong<T>(candidates: Candidate<T>[], input: string, what: string): Resolved<T> {
  const key = normalizeKey(input);
  if (key === '') throw new UsageError(`give the ${what} to show, e.g. its id`);
  const exact = exactAmong(candidates, input);
  if (exact) return { item: exact, exact: true };

  // One entry per name, each scored on its own: Fuse multiplies the scores of
  // several matching entries in one array, which would let many weak alias
  // matches add up to a confident-looking one.
  const names = candidates.flatMap((candidate) => candidate.names.map((name) => ({ candidate, name: normalizeKey(name).replace(/-/g, ' ') })));
  const fuse = new Fuse(names, { keys: ['name'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.45 });
  const query = key.replace(/-/g, ' ');
  // Among equal scores, the name nearest in length to what was typed is the likelier meaning.
  const results = fuse.search(query).sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || Math.abs(a.item.name.length - query.length) - Math.abs(b.item.name.length - query.length));
  const ranked: Array<{ candidate: Candidate<T>; score: number }> = [];
  for (const { item, score = 1 } of results) {
    if (!ranked.some((r) => r.candidate === item.candidate)) ranked.push({ candidate: item.candidate, score });
  }
  const [best, next] = ranked;
  if (best && best.score <= SURE_SCORE && (next === undefined || next.score - best.score >= SURE_MARGIN)) {
    return { item: best.candidate.item, exact: false };
  }
  throw new NotFoundError(
    `no ${what} named '${input}'`,
    ranked.slice(0, 3).map((r) => r.candidate.id),
  );
}

/** A section by id, alias or title, forgiving small typos; NotFoundError with candidates when unsure. */
export function resolveSection(directory: Directory, name: string): Resolved<Section> {
  return resolveAmong(sectionCandidates(directory), name, 'section');
}

/** A resource by id, name, alias or former name, forgiving small typos; NotFoundError with candidates when unsure. */
export function resolveResource(directory: Directory, name: string): Resolved<Resource> {
  return resolveAmong(resourceCandidates(directory), name, 'resource');
}
