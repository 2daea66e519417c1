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

export function resourceCandidates(directory: Directory): Candidate<Resource>[] {
  return directory.resources.map((r) => ({ item: r, id: r.id, names: [r.id, r.name, ...r.aliases, ...r.formerNames] }));
}

/** The candidate one of whose names is the input, ignoring case, spacing and punctuation. */
export function exactAmong<T>(candidates: readonly Candidate<T>[], input: string): T | undefined {
  const key = normalizeKey(input);
  if (key === '') return undefined;
  return candidates.find((c) => c.names.some((n) => normalizeKey(n) === key))?.item;
}
