// The treatment centres: by place and service, or nearest a place first.
import { CENTRE_TYPE } from '../model.js';
import type { Directory, Resource, Vocabularies } from '../model.js';
import { holdsAny } from '../data/columns.js';
import { storeOf } from '../data/store.js';
import type { Store } from '../data/store.js';
import type { Gazetteer } from './gazetteer.js';
import { distanceKm } from './distance.js';
import type { Point } from './distance.js';
import { findNear, nearest, nearestRows } from './near.js';
import type { NearPlace, Nearby } from './near.js';
import { sortKey } from './normalize.js';
import { findPlace, regionsWithin } from './places.js';
import { resolveService } from './vocabulary.js';

export interface CentreQuery {
  /** Places, as people name them; a centre matches when one of its locations is in one of them. */
  regions?: readonly string[];
  /** Services by id or other name; a centre matches when it offers all of them. */
  services?: readonly string[];
  /** A place as findNear reads it: a town, a US ZIP code or LAT,LON. */
  near?: string;
  limit?: number;
}

export interface CentreResult {
  /** Without `near`: the centres by country, area and name. */
  records: Resource[];
  /** With `near`: where from, and the centres nearest first. */
  from?: NearPlace;
  nearby?: Nearby[];
  /** With `near`: centres that match but have no location on the map, left out. */
  unplaced: number;
}

/** Whether a record is in the places: by a location's region, else by the regions it serves. */
function inPlaces(record: Resource, within: ReadonlySet<string>): boolean {
  const ids = record.locations.flatMap((l) => (l.region ? [l.region] : []));
  return (ids.length > 0 ? ids : record.regions).some((id) => within.has(id));
}

/** Country, then state or nation, then name: centres by region and name. */
function byPlace(vocabularies: Vocabularies) {
  const names = new Map(vocabularies.regions.map((r) => [r.id, r.name]));
  const countryOf = (r: Resource) => names.get(vocabularies.regions.find((g) => g.countryCode === r.locations[0]?.country)?.id ?? '') ?? '';
  const keys = new Map<Resource, string>();
  const key = (r: Resource) => keys.get(r) ?? (keys.set(r, [countryOf(r), r.locations[0]?.area ?? '', r.name].map(sortKey).join('\u0000')), keys.get(r) as string);
  return (a: Resource, b: Resource) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Whether a record passes the place and service filters; places and services are looked up (or refused) at once. */
function placeAndService(vocabularies: Vocabularies, query: CentreQuery): (record: Resource) => boolean {
  const places = new Set((query.regions ?? []).map((p) => findPlace(vocabularies, p).region.id));
  const within = places.size === 0 ? undefined : new Set([...places].flatMap((id) => regionsWithin(vocabularies, id).map((r) => r.id)));
  const services = (query.services ?? []).map((s) => resolveService(vocabularies, s).id);
  return (r) => (within === undefined || inPlaces(r, within)) && services.every((s) => r.services.includes(s));
}

/** Records that pass the place and service filters, from `records` (centres, or any record for `lms resources --near`). */
export function filterByPlaceAndService(records: readonly Resource[], vocabularies: Vocabularies, query: CentreQuery): Resource[] {
  return records.filter(placeAndService(vocabularies, query));
}

/** The store's rows of treatment centres, read from its types column. */
export function centreRows(store: Store): number[] {
  const types = store.column('types');
  const centre = new Uint8Array(types.values.length);
  centre[types.values.indexOf(CENTRE_TYPE)] = 1;
  const rows: number[] = [];
  for (let row = 0; row < store.size; row++) if (holdsAny(types, row, centre)) rows.push(row);
  return rows;
}

const operating = (record: Resource) => record.status === 'active';

/** The centres that operate, as far as the sources show. */
export function activeCentres(directory: Directory): Resource[] {
  const store = storeOf(directory);
  return centreRows(store)
    .map((row) => store.record(row))
    .filter(operating);
}

/** The `limit` operating centres nearest a place, nearest first, each with its distance (see nearestRows). */
export function nearestActiveCentres(directory: Directory, from: Point, limit: number): Nearby[] {
  const store = storeOf(directory);
  return nearestRows(store, centreRows(store), from, limit, operating).nearby;
}

/** The active centres in a place, by country, area and name (for a handout). */
export function centresIn(directory: Directory, regionId: string): Resource[] {
  return filterByPlaceAndService(activeCentres(directory), directory.vocabularies, { regions: [regionId] }).sort(byPlace(directory.vocabularies));
}

export function findCentres(directory: Directory, query: CentreQuery, gazetteer: () => Gazetteer): CentreResult {
  const { vocabularies } = directory;
  const store = storeOf(directory);
  const rows = centreRows(store);
  const passes = placeAndService(vocabularies, query);
  if (query.near === undefined) {
    const records = rows.map((row) => store.record(row)).filter(passes).sort(byPlace(vocabularies));
    return { records: query.limit === undefined ? records : records.slice(0, query.limit), unplaced: 0 };
  }
  const from = findNear(query.near, gazetteer(), vocabularies);
  return { records: [], from, ...nearestRows(store, rows, from, query.limit, passes) };
}

/** Records nearest a place first, up to a limit (a distance to keep within is the caller's: its units depend on the place). */
export function near(records: readonly Resource[], place: string, query: Pick<CentreQuery, 'limit'>, gazetteer: () => Gazetteer, vocabularies: Vocabularies) {
  const from = findNear(place, gazetteer(), vocabularies);
  const { nearby, unplaced } = nearest(records, from);
  return { from, nearby: query.limit === undefined ? nearby : nearby.slice(0, query.limit), unplaced };
}

/**
 * At most `count` of `centres` spread across the ground they cover: each next
 * one the farthest from those already taken (the first, the one nearest the
 * middle of them all), so that every centre left out is as near as can be to
 * one taken. `reachKm` is how near: the farthest any left-out centre is from
 * the nearest taken. Centres with no place on the map are never taken.
 */
export function spreadOut(centres: readonly Resource[], count: number): { taken: Resource[]; reachKm: number } {
  const placed = centres.flatMap((record) => {
    const site = record.locations.find((l) => l.coordinates)?.coordinates;
    return site ? [{ record, site }] : [];
  });
  if (placed.length <= count) return { taken: placed.map((p) => p.record), reachKm: 0 };
  const middle = {
    latitude: placed.reduce((sum, p) => sum + p.site.latitude, 0) / placed.length,
    longitude: placed.reduce((sum, p) => sum + p.site.longitude, 0) / placed.length,
  };
  const fromMiddle = placed.map((p) => distanceKm(p.site, middle));
  // How far each centre is from the nearest one taken so far.
  const reach = placed.map(() => Infinity);
  const taken = new Set<number>();
  const take = (index: number) => {
    taken.add(index);
    const { site } = placed[index] as (typeof placed)[number];
    placed.forEach((p, i) => (reach[i] = Math.min(reach[i] as number, distanceKm(p.site, site))));
  };
  take(fromMiddle.indexOf(Math.min(...fromMiddle)));
  while (taken.size < count) {
    const left = reach.map((d, i) => (taken.has(i) ? -1 : d));
    take(left.indexOf(Math.max(...left)));
  }
  return { taken: placed.filter((_, i) => taken.has(i)).map((p) => p.record), reachKm: Math.max(...reach) };
}
