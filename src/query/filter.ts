import { UsageError } from '../errors.js';
import { tableOf } from '../data/resource-table.js';
import type { Coding } from '../data/resource-table.js';
import type { Directory, Origin, Resource, Status } from '../types.js';
import { normalizeKey } from './normalize.js';
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
  resource: Resource;
  /** Undefined when no region filter was given. */
  regionMatch?: RegionMatch;
}

const ORIGINS = ['flyer', 'added'] as const;

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

/** Matches a row's region bit set against the regions asked for, as RegionMatch explains. */
function regionMatcher(directory: Directory, coding: Coding, asked: readonly string[]): (regions: number) => RegionMatch | undefined {
  const vocab = directory.vocabularies;
  const bit = (id: string) => (1 << (coding.regions.get(id) as number)) >>> 0;
  const targets = asked.map((input) => {
    const id = resolveRegion(vocab, input).id;
    return { id, enclosing: ancestorsOf(vocab, id).map((e) => ({ id: e, bit: bit(e) })) };
  });
  const direct = targets.reduce((set, t) => set | bit(t.id), 0);
  return (regions) => {
    if (regions & direct) return { kind: 'direct' };
    for (const t of targets) {
      const via = t.enclosing.find((e) => regions & e.bit);
      if (via !== undefined) return { kind: 'wider', via: via.id, asked: t.id };
    }
    return undefined;
  };
}

/**
 * Resources that pass every filter given (regions, types, statuses), direct
 * region matches before wider ones, each group by name. Unknown filter values
 * throw a UsageError naming the valid ones. The filters read the directory's
 * table; only the records that pass are taken from it.
 */
export function filterResources(directory: Directory, query: ResourceQuery = {}): ResourceMatch[] {
  const vocab = directory.vocabularies;
  const table = tableOf(directory);
  const { coding } = table;
  const statuses = statusesFor(directory, query);
  const allowed = vocab.statuses.map((s) => statuses.has(s.id));
  const types = query.types && query.types.length > 0 ? coding.bits(query.types.map((t) => resolveType(vocab, t).id), coding.types) : undefined;
  const origins = query.origins && query.origins.length > 0 ? new Set(query.origins.map((o) => resolveOrigin(o))) : undefined;
  const matchRegion = query.regions && query.regions.length > 0 ? regionMatcher(directory, coding, query.regions) : undefined;

  const matches: ResourceMatch[] = [];
  for (let row = 0; row < table.size; row++) {
    if (!allowed[table.status[row] as number]) continue;
    if (types !== undefined && ((table.types[row] as number) & types) === 0) continue;
    if (origins && !origins.has(table.flyer[row] ? 'flyer' : 'added')) continue;
    if (!matchRegion) {
      matches.push({ resource: table.record(row) });
      continue;
    }
    const regionMatch = matchRegion(table.regions[row] as number);
    if (regionMatch) matches.push({ resource: table.record(row), regionMatch });
  }
  const rank = (m: ResourceMatch) => (m.regionMatch?.kind === 'wider' ? 1 : 0);
  // Sort keys without ICU: a locale collator costs more to create than the whole filter.
  const keys = new Map(matches.map((m) => [m, normalizeKey(m.resource.name)]));
  const byName = (a: ResourceMatch, b: ResourceMatch) => ((keys.get(a) as string) < (keys.get(b) as string) ? -1 : (keys.get(a) as string) > (keys.get(b) as string) ? 1 : 0);
  return matches.sort((a, b) => rank(a) - rank(b) || byName(a, b));
}
