// Looking things up by exact name (id, alias, title, former name), without
// loading the fuzzy matcher: most lookups are exact.
import type { Directory, Resource, Section } from '../model.js';
import { normalizeKey } from './normalize.js';

export interface Candidate<T> {
  item: T;
  id: string;
  names: string[];
}

export function sectionCandidates(directory: Directory): Candidate<Section>[] {
  return directory.sections.map((s) => ({ item: s, id: s.id, names: [s.id, s.title, ...s.aliases, ...(s.flyerHeading ? [s.flyerHeading] : [])] }));
}

/** The names a resource answers to: its id first, then its name, other names and former names. */
export function resourceNames(resource: Resource): string[] {
  return [resource.id, resource.name, ...resource.aliases, ...resource.formerNames];
}

/**
 * The resources as candidates. From a store that knows every row's names (the
 * shipped table), a candidate's record is read only when it is taken: an exact
 * name reads one record, not all of them.
 */
export function resourceCandidates(directory: Directory): Candidate<Resource>[] {
  const { store } = directory;
  const names = store?.wholePart()?.names?.();
  if (store && names) return names.map((own, row) => ({ id: own[0] as string, names: own, get item() { return store.record(row); } }));
  return directory.resources.map((r) => ({ item: r, id: r.id, names: resourceNames(r) }));
}

/** The candidate one of whose names is the input, ignoring case, spacing and punctuation. */
export function exactAmong<T>(candidates: readonly Candidate<T>[], input: string): T | undefined {
  const key = normalizeKey(input);
  if (key === '') return undefined;
  return candidates.find((c) => c.names.some((n) => normalizeKey(n) === key))?.item;
}
