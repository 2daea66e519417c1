// "Near" as people ask it: a town anywhere (optionally "town, state or
// country"), a US ZIP code, or LAT,LON; and distances from there to the
// records that have a location on the map.
import { UsageError } from '../errors.js';
import { distanceKm } from './distance.js';
import type { Point, Units } from './distance.js';
import { CENTRE_TYPE } from '../model.js';
import type { Location, Resource, Vocabularies } from '../model.js';
import { latinKey } from './normalize.js';
import type { Gazetteer, Town } from './gazetteer.js';
import { normalizeKey, sortKey } from './normalize.js';
import { PlaceIndex } from './places.js';
import type { Store } from '../data/store.js';

/** Where distances are measured from, and how to speak of it. */
export interface NearPlace extends Point {
  /** "Leeds, England, United Kingdom", "ZIP code 10065", "52.5, 13.4". */
  label: string;
  /** Miles for a place in the US or the UK, where people measure in them; kilometres elsewhere. */
  units: Units;
  /** The place's country (ISO 3166-1 alpha-2), when it is a town or a ZIP code. */
  countryCode?: string;
  /** When a name could mean other towns: which was taken and how to ask for the others. */
  note?: string;
}

export interface Nearby {
  distanceKm: number;
  /** The record's location nearest the place. */
  location: Location;
  record: Resource;
}

const MILES_COUNTRIES = new Set(['US', 'GB']);
/** A town this large is named among the others a name could mean, even when it is not its own name. */
const MENTIONED_POPULATION = 100_000;
const LAT_LON = /^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$/;
const ZIP = /^\s*(\d{5})(?:-\d{4})?\s*$/;
// A UK postcode or its district (LS1, LS1 3EX, SW1A 1AA).
const UK_POSTCODE = /^\s*[a-z]{1,2}\d[a-z\d]?(?:\s*\d[a-z]{2})?\s*$/i;

/** Miles in the US and the UK, where people measure in them; kilometres elsewhere. */
export function unitsIn(countryCode: string | undefined): Units {
  return countryCode !== undefined && MILES_COUNTRIES.has(countryCode) ? 'mi' : 'km';
}

/** The names a town can be qualified by: its country's and its area's ids and names ("perth, scotland", "portland, or"). */
function qualifiers(town: Town, vocabularies: Vocabularies): Set<string> {
  const keys = new Set<string>();
  for (const region of vocabularies.regions) {
    if (region.countryCode === town.countryCode || (town.areaRegion !== undefined && region.id === town.areaRegion)) {
      for (const name of [region.id, normalizeKey(region.name), ...region.aliases]) keys.add(name);
    }
  }
  if (town.area) keys.add(normalizeKey(town.area));
  keys.add(town.countryCode.toLowerCase());
  return keys;
}

function townLabel(town: Town, gazetteer: Gazetteer): string {
  const country = gazetteer.country(town.countryCode)?.name ?? town.countryCode;
  return [town.name, town.area !== town.name ? town.area : undefined, country].filter(Boolean).join(', ');
}

/** How to ask for a town rather than the one taken: by its area, or where that is shared, its country. */
function askFor(town: Town, name: string, taken: Town, gazetteer: Gazetteer): string {
  const byArea = town.area !== undefined && !(taken.area === town.area && taken.countryCode === town.countryCode);
  return `'${name.toLowerCase()}, ${(byArea ? town.area : (gazetteer.country(town.countryCode)?.name ?? town.countryCode))?.toLowerCase()}'`;
}

/** Why a name is no town lms knows, with the closest names, or what to use for a place that is not a town. */
function unknownTown(input: string, key: string, gazetteer: Gazetteer, vocabularies: Vocabularies): UsageError {
  const region = new PlaceIndex(vocabularies).lookUp(input);
  if (region) {
    return new UsageError(`'${input}' is ${region.name}, not a town; --near needs a town, a US ZIP code or LAT,LON (for everything in ${region.name}, use --region ${region.id})`);
  }
  const close = gazetteer.closeNames(key);
  const hint = close.length > 0 ? ` (did you mean ${close.map((c) => `'${c.replace(/-/g, ' ')}'`).join(', ')}?)` : '';
  return new UsageError(`unknown place '${input}'${hint}; --near takes a town (with its state or country if you like: 'perth, scotland'), a US ZIP code or LAT,LON`);
}

/**
 * The place `input` names. A name several towns share is the most populous of
 * them; the note names the others (those called just that) and how to ask.
 */
export function findNear(input: string, gazetteer: Gazetteer, vocabularies: Vocabularies): NearPlace {
  const coordinates = LAT_LON.exec(input);
  if (coordinates) {
    const latitude = Number(coordinates[1]);
    const longitude = Number(coordinates[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw new UsageError(`'${input}' is off the map: latitude runs from -90 to 90 and longitude from -180 to 180 (LAT,LON, such as 53.8,-1.55)`);
    }
    return { latitude, longitude, label: `${latitude}, ${longitude}`, units: 'km' };
  }
  const zip = ZIP.exec(input);
  if (zip) {
    const point = gazetteer.zip(zip[1] as string);
    if (!point) throw new UsageError(`unknown ZIP code '${input.trim()}': lms knows the US ZIP codes of the Census Bureau's list; give a town instead`);
    return { ...point, label: `ZIP code ${zip[1]}`, units: 'mi', countryCode: 'US' };
  }
  const comma = input.lastIndexOf(',');
  const name = comma === -1 ? input : input.slice(0, comma);
  const key = latinKey(name);
  let towns = key === '' ? [] : gazetteer.towns(key);
  if (comma !== -1 && towns.length > 0) {
    const around = normalizeKey(input.slice(comma + 1));
    towns = towns.filter((t) => qualifiers(t, vocabularies).has(around));
    if (towns.length === 0) throw new UsageError(`no town '${name.trim()}' in '${input.slice(comma + 1).trim()}' that lms knows; try the town alone, or its country`);
  }
  const [town] = towns;
  if (!town) {
    if (UK_POSTCODE.test(input)) throw new UsageError(`'${input.trim()}' looks like a UK postcode; lms has no postcode data for the UK, so give your town instead (such as --near leeds)`);
    throw unknownTown(input.trim(), key, gazetteer, vocabularies);
  }
  // The others worth a mention: those called just that, and large towns that answer to it too (Newcastle upon Tyne
  // to "newcastle"); a village that once had the name is not.
  const others = towns.slice(1).filter((t) => latinKey(t.name) === key || t.population >= MENTIONED_POPULATION);
  const label = townLabel(town, gazetteer);
  const note =
    others.length === 0
      ? undefined
      : `'${input.trim()}' is taken as ${label}, the largest of that name; for another, ask for ${others
          .slice(0, 3)
          .map((t) => `${askFor(t, name.trim(), town, gazetteer)} (${townLabel(t, gazetteer)})`)
          .join(', ')}${others.length > 3 ? `, or ${others.length - 3} more` : ''}`;
  return { latitude: town.latitude, longitude: town.longitude, label, units: unitsIn(town.countryCode), countryCode: town.countryCode, ...(note ? { note } : {}) };
}

/** Each record with a location on the map, by its nearest location, nearest first; and how many have none. */
export function nearest(records: readonly Resource[], from: Point): { nearby: Nearby[]; unplaced: number } {
  const nearby: Nearby[] = [];
  let unplaced = 0;
  for (const record of records) {
    let best: Nearby | undefined;
    for (const location of record.locations) {
      if (!location.coordinates) continue;
      const d = distanceKm(from, location.coordinates);
      if (!best || d < best.distanceKm) best = { distanceKm: d, location, record };
    }
    if (best) nearby.push(best);
    else if (record.locations.length > 0 || record.types.includes(CENTRE_TYPE)) unplaced++;
  }
  // Equal distances (two centres in one town) by name, without a locale collator: creating one costs more than the rest of the run.
  const names = new Map(nearby.map((n) => [n, sortKey(n.record.name)]));
  const byName = (a: Nearby, b: Nearby) => ((names.get(a) as string) < (names.get(b) as string) ? -1 : (names.get(a) as string) > (names.get(b) as string) ? 1 : 0);
  nearby.sort((a, b) => a.distanceKm - b.distanceKm || byName(a, b));
  return { nearby, unplaced };
}

/**
 * The `limit` records of a store's `rows` that pass `passes`, nearest a place
 * first, as `nearest` orders them; and how many that pass have no place on the
 * map. Where the store knows its rows' sites (the shipped table), records are
 * read nearest first and only until the limit is reached, with any as near as
 * the last one taken; else every row's record is read.
 */
export function nearestRows(store: Store, rows: readonly number[], from: Point, limit: number | undefined, passes: (record: Resource) => boolean): { nearby: Nearby[]; unplaced: number } {
  const sites = store.wholePart()?.sites?.();
  const read: number[] = [];
  const take = (row: number) => {
    if (!passes(store.record(row))) return false;
    read.push(row);
    return true;
  };
  if (!sites || limit === undefined) rows.forEach(take);
  else {
    const { starts, coordinates } = sites;
    const placed: Array<[row: number, km: number]> = [];
    for (const row of rows) {
      let km = Infinity;
      for (let i = starts[row] as number; i < (starts[row + 1] as number); i++) {
        km = Math.min(km, distanceKm(from, { latitude: coordinates[2 * i] as number, longitude: coordinates[2 * i + 1] as number }));
      }
      // A row with no place on the map is read, so `nearest` counts it as it would.
      if (km < Infinity) placed.push([row, km]);
      else take(row);
    }
    placed.sort((a, b) => a[1] - b[1]);
    let taken = 0;
    let bound = Infinity;
    for (const [row, km] of placed) {
      if (km > bound) break;
      if (take(row) && ++taken === limit) bound = km;
    }
  }
  // In the store's order, as a list of every record would be: what `nearest` cannot tell apart stays in that order.
  const found = nearest(read.sort((a, b) => a - b).map((row) => store.record(row)), from);
  return { nearby: limit === undefined ? found.nearby : found.nearby.slice(0, limit), unplaced: found.unplaced };
}
