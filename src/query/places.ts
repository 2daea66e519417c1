// Places as people type them: an id (ie, us-ny), a name in English or in the
// place's own language (germany, deutschland, "côte d'ivoire"), a code (deu,
// ny), or a name qualified by the place around it ("georgia, us"). Case,
// diacritics and punctuation are folded (normalizeKey).
import { UsageError } from '../errors.js';
import type { Region, RegionKind, Vocabularies } from '../model.js';
import { normalizeKey } from './normalize.js';
import { suggest } from './suggest.js';

export interface PlaceMatch {
  region: Region;
  /** Other places the same name means, of a narrower kind, that it was not taken for (the US state Georgia). */
  others: Region[];
}

/** A name shared by places of different kinds means the widest: a country over a state. */
const RANK: Record<RegionKind, number> = { world: 0, area: 1, country: 2, subdivision: 3 };

function namedBy(region: Region, key: string): boolean {
  return region.aliases.includes(key) || normalizeKey(region.name) === key;
}

/** The region and every region inside it. */
export function regionsWithin(vocabularies: Vocabularies, id: string): Region[] {
  const inside = new Set([id]);
  // The vocabulary lists parents before children (the build orders it as a tree), but a hand-made one need not.
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of vocabularies.regions) {
      if (r.parent !== null && inside.has(r.parent) && !inside.has(r.id)) {
        inside.add(r.id);
        grew = true;
      }
    }
  }
  return vocabularies.regions.filter((r) => inside.has(r.id));
}

/** Every name of every region, for "did you mean". */
function allNames(vocabularies: Vocabularies): string[] {
  return [...new Set(vocabularies.regions.flatMap((r) => [r.id, ...r.aliases]))];
}

export function unknownPlaceMessage(vocabularies: Vocabularies, input: string, where = ''): string {
  const [close] = suggest(normalizeKey(input), allNames(vocabularies), 1);
  // A code says little by itself: 'mar' (Morocco).
  const place = close === undefined ? undefined : vocabularies.regions.find((r) => r.id === close || r.aliases.includes(close));
  const named = place && normalizeKey(place.name) !== close ? ` (${place.name})` : '';
  const hint = close === undefined ? '' : ` (did you mean '${close}'${named}?)`;
  return `unknown region '${input}'${where}${hint}; 'lms regions --all' lists every place`;
}

function choose(input: string, matches: readonly Region[]): PlaceMatch {
  const best = Math.min(...matches.map((r) => RANK[r.kind]));
  const top = matches.filter((r) => RANK[r.kind] === best);
  if (top.length > 1) {
    throw new UsageError(`'${input}' could mean ${top.map((r) => `${r.name} (${r.id})`).join(' or ')}; ask for one by its id`);
  }
  const region = top[0] as Region;
  return { region, others: matches.filter((r) => r !== region) };
}

/**
 * The region a place names. An exact id wins; otherwise the widest place
 * with that name, and the narrower ones it could also mean come back as
 * `others`. Unknown or equally possible places are a UsageError that says
 * what to type instead.
 */
export function findPlace(vocabularies: Vocabularies, input: string): PlaceMatch {
  const comma = input.lastIndexOf(',');
  if (comma === -1) return matchAmong(vocabularies, vocabularies.regions, input, '');
  const around = findPlace(vocabularies, input.slice(comma + 1)).region;
  return matchAmong(vocabularies, regionsWithin(vocabularies, around.id), input.slice(0, comma), ` in ${around.name}`, input);
}

/** The place among `regions` that `name` names (see findPlace); `where` tells an unknown name where it was looked for. */
function matchAmong(vocabularies: Vocabularies, regions: readonly Region[], name: string, where: string, asked = name): PlaceMatch {
  const key = normalizeKey(name);
  const exact = regions.find((r) => r.id === key);
  if (exact) return { region: exact, others: [] };
  const matches = regions.filter((r) => namedBy(r, key));
  if (matches.length === 0) throw new UsageError(unknownPlaceMessage({ ...vocabularies, regions: [...regions] }, where === '' ? name : name.trim(), where));
  return choose(asked.trim(), matches);
}

/** How to ask for each place a name was not taken for: "for Georgia in the United States, ask for us-ga or 'georgia, us'". */
export function otherPlacesNote(vocabularies: Vocabularies, input: string, match: PlaceMatch): string | undefined {
  if (match.others.length === 0) return undefined;
  const byId = new Map(vocabularies.regions.map((r) => [r.id, r]));
  const ways = match.others.map((other) => {
    const parent = other.parent === null ? undefined : byId.get(other.parent);
    const qualified = parent ? ` or '${input.trim()}, ${parent.id}'` : '';
    return `for ${other.name}${parent ? ` in ${parent.name}` : ''}, ask for ${other.id}${qualified}`;
  });
  return `'${input.trim()}' is taken as ${match.region.name} (${match.region.id}); ${ways.join('; ')}`;
}

/**
 * The places in a --region value: comma-separated (uk,us), where a comma and
 * a space before the place around the one before it qualify it instead
 * ("georgia, us" is the US state; "de,us" is Germany and the US).
 */
export function splitPlaces(vocabularies: Vocabularies, value: string): string[] {
  const parts = value.split(',').filter((p) => p.trim() !== '');
  const places: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const next = parts[i + 1];
    if (next !== undefined && /^\s/.test(next) && qualifies(vocabularies, parts[i] as string, next)) {
      places.push(`${parts[i]},${next}`);
      i++;
    } else {
      places.push(parts[i] as string);
    }
  }
  return places;
}

/** Whether `around` is a place that holds one `name` names, or `name` is no place at all ("springfield, us"). */
function qualifies(vocabularies: Vocabularies, name: string, around: string): boolean {
  let outer: Region;
  try {
    outer = findPlace(vocabularies, around).region;
  } catch {
    return false;
  }
  const key = normalizeKey(name);
  const known = (r: Region) => r.id === key || namedBy(r, key);
  return regionsWithin(vocabularies, outer.id).some((r) => r.id !== outer.id && known(r)) || !vocabularies.regions.some(known);
}

/**
 * Places by name for many look-ups (an imported file names a place per
 * record): `lookUp` gives the region a name means, or undefined when it is
 * unknown or could mean two places of the same kind.
 */
export class PlaceIndex {
  private readonly byName = new Map<string, Region[]>();
  private readonly byId: ReadonlyMap<string, Region>;

  constructor(vocabularies: Vocabularies) {
    this.byId = new Map(vocabularies.regions.map((r) => [r.id, r]));
    for (const r of vocabularies.regions) {
      for (const name of new Set([normalizeKey(r.name), ...r.aliases])) this.byName.set(name, [...(this.byName.get(name) ?? []), r]);
    }
  }

  /** The region a name means; with `inside`, only among the regions whose parent that is. */
  lookUp(name: string, inside?: string): Region | undefined {
    const key = normalizeKey(name);
    const exact = this.byId.get(key);
    if (exact && (inside === undefined || exact.parent === inside)) return exact;
    const matches = (this.byName.get(key) ?? []).filter((r) => inside === undefined || r.parent === inside);
    if (matches.length === 0) return undefined;
    try {
      return choose(name, matches).region;
    } catch {
      return undefined;
    }
  }
}

/** Each region's country code: its own, or that of the country around it (us-ny → US); world areas have none. */
export function countryCodes(vocabularies: Vocabularies): Map<string, string> {
  const byId = new Map(vocabularies.regions.map((r) => [r.id, r]));
  const codes = new Map<string, string>();
  for (const region of vocabularies.regions) {
    for (let at: Region | undefined = region; at; at = at.parent === null ? undefined : byId.get(at.parent)) {
      if (at.countryCode) {
        codes.set(region.id, at.countryCode);
        break;
      }
    }
  }
  return codes;
}
