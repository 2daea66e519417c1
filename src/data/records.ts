// What every reader of records relies on, kept apart from the checks (validate.ts)
// so that loading a data file from its index does not load the schema validators.
import type { Resource } from '../model.js';

/** A resource as a data file may give it: the lists, asListed and origin may be left out. */
type Optional = 'aliases' | 'formerNames' | 'websites' | 'phones' | 'addresses' | 'locations' | 'services' | 'standing' | 'gaps' | 'asListed' | 'origin';
export type ResourceInput = Omit<Resource, Optional> & Partial<Pick<Resource, Optional>>;

// One shared, frozen empty list for every left-out field: a hundred thousand
// records would otherwise mean six hundred thousand empty arrays to allocate.
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * Every field present: left-out lists become empty, asListed null, origin
 * added. Fills the parsed object in place (a large file has many records, and
 * copying each costs more than parsing it).
 */
export function completeResource(input: ResourceInput): Resource {
  const r = input as Resource;
  r.aliases ??= NONE;
  r.formerNames ??= NONE;
  r.websites ??= NONE;
  r.phones ??= NONE;
  r.addresses ??= NONE;
  r.locations ??= NONE;
  r.services ??= NONE;
  r.standing ??= NONE;
  r.gaps ??= NONE;
  r.asListed ??= null;
  r.origin ??= 'added';
  return r;
}

/** The start of every id lms makes for an imported organization: no curated record has one, so an import never replaces one by accident. */
export const IMPORTED_ID_PREFIX = 'hsds-';

/** Each successor a record names by id: [row, id]. */
export function successorRefs(resources: readonly Resource[]): Array<[number, string]> {
  return resources.flatMap((r, i): Array<[number, string]> => (r.successor?.id !== undefined ? [[i, r.successor.id]] : []));
}

/** The problem with record `row` (id `id`) naming a successor the directory does not have. */
export function unknownSuccessor(label: string, row: number, id: string, successor: string): string {
  return `${label}: record ${row + 1} ("${id}"): successor.id "${successor}" is not a record in the directory`;
}
