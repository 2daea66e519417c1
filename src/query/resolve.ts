import Fuse from 'fuse.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Directory, Resource, Section } from '../types.js';
import { normalizeKey } from './normalize.js';

export interface Resolved<T> {
  item: T;
  /** False when the name was a near miss that could only mean this one. */
  exact: boolean;
}

/** A fuzzy match counts as sure only when it is this close (Fuse score, 0 = perfect)… */
const SURE_SCORE = 0.25;
/** …and this much closer than the runner-up. */
const SURE_MARGIN = 0.15;

interface Candidate<T> {
  item: T;
  id: string;
  names: string[];
}

function resolveAmong<T>(candidates: Candidate<T>[], input: string, what: string): Resolved<T> {
  const key = normalizeKey(input);
  if (key === '') throw new UsageError(`give the ${what} to show, e.g. its id`);
  const exact = candidates.find((c) => c.names.some((n) => normalizeKey(n) === key));
  if (exact) return { item: exact.item, exact: true };

  const fuse = new Fuse(
    candidates.map((c) => ({ ...c, keys: c.names.map((n) => normalizeKey(n).replace(/-/g, ' ')) })),
    { keys: ['keys'], includeScore: true, ignoreLocation: true, threshold: 0.45 },
  );
  const results = fuse.search(key.replace(/-/g, ' '));
  const [best, next] = results;
  if (best?.score !== undefined && best.score <= SURE_SCORE && (next?.score === undefined || next.score - best.score >= SURE_MARGIN)) {
    return { item: best.item.item, exact: false };
  }
  throw new NotFoundError(
    `no ${what} named '${input}'`,
    results.slice(0, 3).map((r) => r.item.id),
  );
}

/** A section by id, alias or title, forgiving small typos; NotFoundError with candidates when unsure. */
export function resolveSection(directory: Directory, name: string): Resolved<Section> {
  const candidates = directory.sections.map((s) => ({ item: s, id: s.id, names: [s.id, s.title, ...s.aliases, ...(s.flyerHeading ? [s.flyerHeading] : [])] }));
  return resolveAmong(candidates, name, 'section');
}

/** A resource by id, name, alias or former name, forgiving small typos; NotFoundError with candidates when unsure. */
export function resolveResource(directory: Directory, name: string): Resolved<Resource> {
  const candidates = directory.resources.map((r) => ({ item: r, id: r.id, names: [r.id, r.name, ...r.aliases, ...r.formerNames] }));
  return resolveAmong(candidates, name, 'resource');
}
