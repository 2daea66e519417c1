import { UsageError } from '../errors.js';
import { ORIGINS, forEachCode, holdsAny, holdsCode } from '../data/columns.js';
import { storeOf } from '../data/store.js';
import type { Store, StoreColumn } from '../data/store.js';
import type { Listing } from '../data/listing.js';
import { CENTRE_TYPE } from '../model.js';
import type { Directory, Origin, Resource, Status } from '../model.js';
import { nameRanks, normalizeKey } from './normalize.js';
import { unknownValueMessage } from './suggest.js';
import { ancestorsOf, resolveRegion, resolveStatus, resolveType } from './vocabulary.js';

export interface ResourceQuery {
  /** Region ids or aliases; a resource matches any of them. */
  regions?: readonly string[];
  /** Type ids or aliases; a resource matches any of them. */
  types?: readonly string[];
  /** Status ids; without them, the statuses shown by default (active, unknown). */
  statuses?: readonly string[];
  /** Every status, merged and closed included (ignored when statuses are given). */
  all?: boolean;
  /** `flyer` (named in the flyer) or `added` (added since); any of them. */
  origins?: readonly string[];
}

/**
 * How a resource met a region filter: `direct` when it serves the region asked
 * for, `wider` when it serves an enclosing region and so covers the one asked
 * for (a Europe-wide network covers the UK; international ones serve everybody).
 * Regions inside the one asked for do not match: a UK charity does not serve
 * someone in France who asks for Europe.
 */
export type RegionMatch = { kind: 'direct' } | { kind: 'wider'; via: string; asked: string };

export interface ResourceMatch {
  /** The record, read from the store when first asked for. */
  readonly resource: Resource;
  /** Its status, from the store's column: what a list hides or shows is decided without reading the record. */
  readonly status: Status;
  /** What a list shows of it (data/listing.ts), without reading the record where the store knows that. */
  readonly listing: Listing;
  /** Undefined when no region filter was given. */
  readonly regionMatch?: RegionMatch;
}

/** A row that passed the filters: a list in a pipe needs only its listing, so its record is read only if asked for. */
class StoreMatch implements ResourceMatch {
  readonly #store: Store;
  readonly #row: number;
  #resource: Resource | undefined;
  #listing: Listing | undefined;

  constructor(store: Store, row: number, readonly status: Status, readonly regionMatch?: RegionMatch) {
    this.#store = store;
    this.#row = row;
  }

  /** Kept once read: a large file's store parses a record anew each time it is asked for one. */
  get resource(): Resource {
    return (this.#resource ??= this.#store.record(this.#row));
  }

  get listing(): Listing {
    return (this.#listing ??= this.#store.listing(this.#row));
  }
}

function resolveOrigin(input: string): Origin {
  const origin = ORIGINS.find((o) => o === normalizeKey(input));
  if (!origin) throw new UsageError(unknownValueMessage('source', input, ORIGINS));
  return origin;
}

/** The statuses a query lets through: explicit ones, all of them, or the default ones. */
export function statusesFor(directory: Directory, query: ResourceQuery): Set<Status> {
  const { statuses } = directory.vocabularies;
  if (query.statuses && query.statuses.length > 0) return new Set(query.statuses.map((s) => resolveStatus(directory.vocabularies, s).id));
  return new Set(statuses.filter((s) => query.all === true || s.shownByDefault).map((s) => s.id));
}

/** A filter given: a column, and the codes it lets through. */
interface Filter {
  column: StoreColumn;
  mask: Uint8Array;
}

/** Marks, by code, the values a filter lets through. */
function maskOf(column: StoreColumn, values: Iterable<string>): Uint8Array {
  const wanted = new Set(values);
  return Uint8Array.from(column.values, (value) => (wanted.has(value) ? 1 : 0));
}

const DIRECT: RegionMatch = Object.freeze({ kind: 'direct' });

/** Matches a row's regions against the regions asked for, as RegionMatch explains. */
function regionMatcher(directory: Directory, column: StoreColumn, asked: readonly string[]): (row: number) => RegionMatch | undefined {
  const vocab = directory.vocabularies;
  const ids = asked.map((input) => resolveRegion(vocab, input).id);
  const direct = maskOf(column, ids);
  // For each place asked for, how near each region encloses it (0 the nearest), or -1: a row's best is found without allocating.
  const enclosing = ids.map((id) => ancestorsOf(vocab, id));
  const nearness = enclosing.map((around) => Int32Array.from(column.values, (value) => around.indexOf(value)));
  const { starts, ends, codes } = column;
  return (row) => {
    if (holdsAny(column, row, direct)) return DIRECT;
    // Indexed loops, as in filterResources: this runs for every row.
    for (let t = 0; t < nearness.length; t++) {
      const near = nearness[t] as Int32Array;
      let best = -1;
      for (let i = starts[row] as number, end = ends[row] as number; i < end; i++) {
        const n = near[codes[i] as number] as number;
        if (n !== -1 && (best === -1 || n < best)) best = n;
      }
      if (best !== -1) return { kind: 'wider', via: (enclosing[t] as string[])[best] as string, asked: ids[t] as string };
    }
    return undefined;
  };
}

/**
 * Resources that pass every filter given (regions, types, statuses), direct
 * region matches before wider ones, each group live ones first, then by name. Unknown filter values
 * throw a UsageError naming the valid ones. The filters read the directory's
 * store; only the records that pass are taken from it.
 */
export function filterResources(directory: Directory, query: ResourceQuery = {}): ResourceMatch[] {
  const vocab = directory.vocabularies;
  const store = storeOf(directory);
  const filters: Filter[] = [];
  const status = store.column('status');
  filters.push({ column: status, mask: maskOf(status, statusesFor(directory, query)) });
  if (query.types && query.types.length > 0) {
    const types = store.column('types');
    filters.push({ column: types, mask: maskOf(types, query.types.map((t) => resolveType(vocab, t).id)) });
  }
  if (query.origins && query.origins.length > 0) {
    const origins = store.column('origin');
    filters.push({ column: origins, mask: maskOf(origins, query.origins.map(resolveOrigin)) });
  }
  const matchRegion = query.regions && query.regions.length > 0 ? regionMatcher(directory, store.column('regions'), query.regions) : undefined;

  // A row has one status: its code is the first of its codes, and its place in the vocabulary's order.
  const statusOf = (row: number) => status.codes[status.starts[row] as number] as number;
  const statusIds = status.values as readonly Status[];
  const matches: ResourceMatch[] = [];
  const matchedRows: number[] = [];
  rows: for (let row = 0; row < store.size; row++) {
    // An indexed loop: a for-of makes an iterator and an object for each step, on every row.
    for (let f = 0; f < filters.length; f++) {
      const { column, mask } = filters[f] as Filter;
      if (!holdsAny(column, row, mask)) continue rows;
    }
    const regionMatch = matchRegion?.(row);
    if (matchRegion && !regionMatch) continue;
    matches.push(new StoreMatch(store, row, statusIds[statusOf(row)] as Status, regionMatch));
    matchedRows.push(row);
  }
  // Direct matches first, then live records before doubtful ones (the vocabulary's order of statuses:
  // active, unknown, merged, closed), then organizations before treatment centres (which 'lms centres'
  // lists by distance), then by name: by the build's ranks of the shipped names, or by ranking the names
  // matched (sort keys without ICU, since a locale collator costs more to create than the whole filter).
  // Each match's order is one number, its own place last, and the numbers are sorted as they are:
  // no comparison is made in JavaScript, and no record or listing is read but for the names ranked.
  const order = store.wholePart()?.nameOrder?.();
  const ranks = order ?? nameRanks(matches.map((m) => m.listing.name));
  const types = store.column('types');
  const centre = types.values.indexOf(CENTRE_TYPE);
  const count = matches.length;
  const rankCount = order ? store.size : count;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const row = matchedRows[i] as number;
    const wider = (matches[i] as ResourceMatch).regionMatch?.kind === 'wider' ? 1 : 0;
    const group = (wider * statusIds.length + statusOf(row)) * 2 + (centre !== -1 && holdsCode(types, row, centre) ? 1 : 0);
    keys[i] = (group * rankCount + (ranks[order ? row : i] as number)) * count + i;
  }
  keys.sort();
  const sorted = new Array<ResourceMatch>(count);
  for (let i = 0; i < count; i++) sorted[i] = matches[(keys[i] as number) % count] as ResourceMatch;
  return sorted;
}

/** Calls `visit` with each row whose status is shown by default (active, unknown): what the counts count. */
function forEachShown(directory: Directory, store: Store, visit: (row: number) => void): void {
  const status = store.column('status');
  const shown = maskOf(status, statusesFor(directory, {}));
  for (let row = 0; row < store.size; row++) if (holdsAny(status, row, shown)) visit(row);
}

/** For each type, how many resources (of the statuses shown by default) are of it: one pass over the store. */
export function typeCounts(directory: Directory): Map<string, number> {
  const store = storeOf(directory);
  const types = store.column('types');
  const counts = new Uint32Array(types.values.length);
  const count = (code: number) => (counts[code] = (counts[code] as number) + 1);
  forEachShown(directory, store, (row) => forEachCode(types, row, count));
  return new Map(types.values.map((id, code) => [id, counts[code] as number]));
}

export interface RegionCount {
  /** Resources (of the statuses shown by default) that list the region itself. */
  own: number;
  /** …plus those that cover it through an enclosing region: what `filterResources` with this region lists. */
  withWider: number;
}

/**
 * For every region, how many resources serve it, in one pass over the store:
 * a resource that lists a region covers everything inside it, so each counts
 * once at the widest of its regions and is added down the tree.
 */
export function regionCounts(directory: Directory): Map<string, RegionCount> {
  const { regions } = directory.vocabularies;
  const store = storeOf(directory);
  const column = store.column('regions');
  const codeOf = new Map(column.values.map((id, code) => [id, code]));
  const parentOf = new Map(regions.map((r) => [r.id, r.parent]));
  const parentCode = Int32Array.from(column.values, (id) => codeOf.get(parentOf.get(id) ?? '') ?? -1);
  const own = new Uint32Array(column.values.length);
  const widest = new Uint32Array(column.values.length);
  forEachShown(directory, store, (row) => {
    for (let i = column.starts[row] as number, end = column.ends[row] as number; i < end; i++) {
      const code = column.codes[i] as number;
      own[code] = (own[code] as number) + 1;
      let inside = false;
      for (let up = parentCode[code] as number; up !== -1 && !inside; up = parentCode[up] as number) inside = holdsCode(column, row, up);
      if (!inside) widest[code] = (widest[code] as number) + 1;
    }
  });
  const counts = new Map<string, RegionCount>();
  const covering = (code: number): number => {
    let total = 0;
    for (let at = code; at !== -1; at = parentCode[at] as number) total += widest[at] as number;
    return total;
  };
  column.values.forEach((id, code) => counts.set(id, { own: own[code] as number, withWider: covering(code) }));
  return counts;
}
