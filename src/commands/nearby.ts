// The records nearest a place, in every format: what `centres --near` and
// `resources --near` print.
import type { Rendering } from '../kit/rendering.js';
import { NEARBY_COLUMNS, centreCard, centreMarkdown, distanceText, nearHeading, nearbyRow } from '../format/centres.js';
import { numbered } from '../map/centres-map.js';
import type { Units } from '../query/distance.js';
import type { Namer } from '../format/markers.js';
import { wrap } from '../format/wrap.js';
import { parseDistance } from '../query/distance.js';
import type { NearPlace, Nearby } from '../query/near.js';
import type { Vocabularies } from '../model.js';
import { shippedGazetteer } from '../data/gazetteer-files.js';
import { near } from '../query/centres.js';
import type { Resource } from '../model.js';
import type { NearRequest } from './near-options.js';

/** The records nearest a place, already sorted and cut to the limit: cards, rows with the distance first, or { distanceKm, location, record }. */
export function nearbyRendering(
  from: NearPlace,
  found: readonly Nearby[],
  request: NearRequest,
  context: { names: Namer; unplaced: number; what: string; page?: { title: string; disclaimer: string } },
): Rendering {
  const units = request.units ?? from.units;
  // --within without a unit is in the units in force: those asked for, else the place's (miles in the US and the UK).
  const withinKm = request.within === undefined ? undefined : parseDistance(request.within, units);
  const nearby = withinKm === undefined ? found : found.filter((n) => n.distanceKm <= withinKm);
  const json = nearby.map((n) => ({ distanceKm: Math.round(n.distanceKm * 10) / 10, location: n.location, record: n.record }));
  const { unplaced, what, page } = context;
  // No town in the data, or a town the gazetteer cannot tell apart from another of its name (an imported record's).
  const unplacedNote = unplaced > 0 ? `${unplaced} ${what}${unplaced === 1 ? ' has' : 's have'} no place on the map (no town, or none lms can place), so ${unplaced === 1 ? 'it is' : 'they are'} not listed.` : undefined;
  const emptyNote = `No ${what}${request.within === undefined ? '' : ` within ${request.within}`} of ${from.label} matches. Try a larger --within, or fewer filters.`;
  const card = (n: Nearby) => ({ names: context.names, location: n.location, distance: distanceText(n.distanceKm, units) });
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
    ...(page ? { html: () => nearbyPage(from, nearby, units, page, { names: context.names, notes: [...(nearby.length === 0 ? [emptyNote] : []), ...(unplacedNote ? [unplacedNote] : [])] }) } : {}),
    isEmpty: nearby.length === 0,
    emptyNote,
    notes: from.note ? [from.note] : [],
  };
}

/** The page of the records nearest a place: numbered on a map that marks the place too, with their distances. */
async function nearbyPage(from: NearPlace, nearby: readonly Nearby[], units: Units, page: { title: string; disclaimer: string }, context: { names: Namer; notes: string[] }): Promise<string> {
  const centres = numbered(nearby).map((c, i) => ({ ...c, distance: distanceText((nearby[i] as Nearby).distanceKm, units) }));
  const { centresHtml } = await import('./centres-html.js');
  return centresHtml({ title: page.title, intro: nearHeading(from), centres, notes: context.notes, names: context.names, disclaimer: page.disclaimer }, from, units);
}

/** Records nearest the place a request names, with the gazetteer the build packed. */
export function nearbyRecords(records: readonly Resource[], request: NearRequest & { near: string }, context: { names: Namer; vocabularies: Vocabularies; what: string }): Rendering {
  const { from, nearby, unplaced } = near(records, request.near, { limit: request.limit }, shippedGazetteer, context.vocabularies);
  return nearbyRendering(from, nearby, request, { names: context.names, what: context.what, unplaced });
}
