import type { OptionSpec } from '../kit/command.js';
import { atLeast, listOption } from '../kit/command.js';
import { parseUnits } from '../query/distance.js';
import { ORIGINS } from '../data/columns.js';
import { loadDirectory } from '../data/shipped.js';
import type { ResourceQuery } from '../query/filter.js';
import { findPlace, otherPlacesNote, splitPlaces } from '../query/places.js';
import type { Vocabularies } from '../model.js';

const [FLYER, ADDED] = ORIGINS;

/** The filter options that `resources` and `export` share. */
export const FILTER_OPTIONS: readonly OptionSpec[] = [
  { flags: '-r, --region <place>', description: 'only those serving this place (a country, state, world area or their names), including ones that serve a wider area (repeatable)', repeatable: true },
  { flags: '-t, --type <type>', description: 'only those of this type (repeatable)', repeatable: true },
  {
    flags: '-s, --status <status>',
    // Read from the shipped vocabularies only when the option is registered or listed.
    get description() {
      return `only those with this status: ${loadDirectory().vocabularies.statuses.map((s) => s.id).join(', ')} (repeatable)`;
    },
    repeatable: true,
  },
  { flags: '--source <source>', description: `only those named in the flyer (${FLYER}) or added since (${ADDED})`, repeatable: true },
  { flags: '-a, --all', description: 'include merged and closed ones' },
];

/** The options of `centres` and `resources` that measure from a place (read by near-options.ts). */
export const NEAR_OPTIONS: readonly OptionSpec[] = [
  { flags: '--near <place>', description: "nearest first from a town (optionally 'town, state or country'), a US ZIP code or LAT,LON" },
  { flags: '--within <distance>', description: 'only those within this distance of --near: 50km, 30mi (a bare number is in --units)' },
  { flags: '--units <units>', description: 'km or mi', defaultText: 'mi for a place in the US or the UK, else km', parse: parseUnits },
];

/** --limit, a whole number of at least 1; each command says what it is when not given. */
export const limitOption = (description: string, defaultText?: string): OptionSpec => ({ flags: '-n, --limit <n>', description, ...(defaultText ? { defaultText } : {}), parse: atLeast(1) });

/** The places asked for with --region, as region ids, and a note for each name that could also mean a narrower place. */
export function placesAsked(vocabularies: Vocabularies, value: unknown): { ids: string[]; notes: string[] } {
  const values = Array.isArray(value) ? (value as string[]) : [];
  const ids: string[] = [];
  const notes: string[] = [];
  for (const place of values.flatMap((v) => splitPlaces(vocabularies, v))) {
    const match = findPlace(vocabularies, place);
    ids.push(match.region.id);
    const note = otherPlacesNote(vocabularies, place, match);
    if (note) notes.push(note);
  }
  return { ids, notes };
}

export function filterQuery(options: Readonly<Record<string, unknown>>, vocabularies: Vocabularies, allByDefault = false): { query: ResourceQuery; notes: string[] } {
  const places = placesAsked(vocabularies, options.region);
  const query = {
    regions: places.ids,
    types: listOption(options.type),
    statuses: listOption(options.status),
    origins: listOption(options.source),
    all: allByDefault || options.all === true,
  };
  return { query, notes: places.notes };
}
