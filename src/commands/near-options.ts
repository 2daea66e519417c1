// What `centres` and `resources` share for --near: the options, read once into
// one decision, and the list of records nearest a place in every format.
import type { Rendering } from '../cli/rendering.js';
import { UsageError } from '../errors.js';
import { NEARBY_COLUMNS, centreCard, centreMarkdown, distanceText, nearHeading, nearbyRow } from '../format/centres.js';
import type { Namer } from '../format/markers.js';
import { wrap } from '../format/wrap.js';
import { parseDistance } from '../query/near.js';
import type { NearPlace, Nearby, Units } from '../query/near.js';
import type { Vocabularies } from '../types.js';

export function parseLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number of at least 1, not '${String(value)}'`);
  return limit;
}

function parseUnits(value: unknown): Units | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().toLowerCase();
  if (/^(km|kms|kilometres?|kilometers?)$/.test(text)) return 'km';
  if (/^(mi|miles?)$/.test(text)) return 'mi';
  throw new UsageError(`--units takes km or mi, not '${String(value)}'`);
}

export interface NearRequest {
  near?: string;
  limit?: number;
  within?: string;
  units?: Units;
}

/** --near, --within, --limit and --units as one decision: what to measure from, how far, how many, in what units. */
export function nearRequest(options: Readonly<Record<string, unknown>>, defaultLimit?: number): NearRequest {
  const near = typeof options.near === 'string' ? options.near : undefined;
  if (near !== undefined && near.trim() === '') throw new UsageError('--near needs a place: a town, a US ZIP code or LAT,LON (such as --near leeds)');
  if (options.within !== undefined && near === undefined) throw new UsageError('--within needs --near: the distance is measured from a place (such as --near leeds --within 50km)');
  const within = typeof options.within === 'string' ? options.within : undefined;
  const units = parseUnits(options.units);
  // A distance that cannot be read is refused before any place is looked up.
  if (within !== undefined) parseDistance(within, units ?? 'km');
  const limit = parseLimit(options.limit) ?? (near === undefined ? undefined : defaultLimit);
  return { near, limit, within, units };
}

/** The records nearest a place, already sorted and cut to the limit: cards, rows with the distance first, or { distanceKm, location, record }. */
export function nearbyRendering(
  from: NearPlace,
  found: readonly Nearby[],
  request: NearRequest,
  context: { names: Namer; vocabularies: Vocabularies; unplaced: number; what: string },
): Rendering {
  const units = request.units ?? from.units;
  // --within without a unit is in the units in force: those asked for, else the place's (miles in the US and the UK).
  const withinKm = request.within === undefined ? undefined : parseDistance(request.within, units);
  const nearby = withinKm === undefined ? found : found.filter((n) => n.distanceKm <= withinKm);
  const json = nearby.map((n) => ({ distanceKm: Math.round(n.distanceKm * 10) / 10, location: n.location, record: n.record }));
  const { unplaced, what } = context;
  const unplacedNote = unplaced > 0 ? `${unplaced} ${what}${unplaced === 1 ? ' has' : 's have'} no town in our sources and cannot be measured, so ${unplaced === 1 ? 'it is' : 'they are'} not listed.` : undefined;
  const card = (n: Nearby) => ({ ...context, location: n.location, distance: distanceText(n.distanceKm, units) });
  const cut = request.limit !== undefined && found.length === request.limit ? ` (--limit ${request.limit}; more with a higher one)` : '';
  return {
    json,
    lines: json,
    table: { header: NEARBY_COLUMNS, rows: nearby.map((n) => nearbyRow(n, units)) },
    text: (style) =>
      nearby.length === 0
        ? ''
        : [
            wrap(style.color.dim(nearHeading(from)), style),
            '',
            nearby.map((n) => centreCard(n.record, card(n), style)).join('\n\n'),
            '',
            style.color.dim(`${nearby.length} shown${cut}.`),
            ...(unplacedNote ? [wrap(style.color.dim(unplacedNote), style)] : []),
            '',
          ].join('\n'),
    markdown: () => nearby.map((n) => centreMarkdown(n.record, card(n))).join('\n'),
    isEmpty: nearby.length === 0,
    emptyNote: `No ${what}${request.within === undefined ? '' : ` within ${request.within}`} of ${from.label} matches. Try a larger --within, or fewer filters.`,
    notes: from.note ? [from.note] : [],
  };
}
