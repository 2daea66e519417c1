// The records nearest a place: what `centres --near` and `resources --near` find.
import type { CommandResult } from '../kit/command.js';
import type { NearPlace, Nearby } from '../query/near.js';
import type { Resource, Vocabularies } from '../model.js';
import { parseDistance } from '../query/distance.js';
import { shippedGazetteer } from '../data/gazetteer-files.js';
import { near } from '../query/centres.js';
import type { NearRequest } from './near-options.js';

/** The records nearest a place, already sorted and cut to the limit, within --within when given. */
export function nearbyResult(
  from: NearPlace,
  found: readonly Nearby[],
  request: NearRequest,
  context: { vocabularies: Vocabularies; unplaced: number; what: string; page?: { title: string; disclaimer: string } },
): CommandResult {
  const units = request.units ?? from.units;
  // --within without a unit is in the units in force: those asked for, else the place's (miles in the US and the UK).
  const withinKm = request.within === undefined ? undefined : parseDistance(request.within, units);
  const nearby = withinKm === undefined ? found : found.filter((n) => n.distanceKm <= withinKm);
  const empty = `No ${context.what}${request.within === undefined ? '' : ` within ${request.within}`} of ${from.label} matches. Try a larger --within, or fewer filters.`;
  return {
    view: {
      kind: 'nearby',
      from,
      nearby,
      units,
      ...(request.limit !== undefined && found.length === request.limit ? { cutAt: request.limit } : {}),
      unplaced: context.unplaced,
      what: context.what,
      vocabularies: context.vocabularies,
      ...(context.page ? { page: context.page } : {}),
      ...(nearby.length === 0 ? { empty } : {}),
    },
    notes: from.note ? [from.note] : [],
  };
}

/** Records nearest the place a request names, with the gazetteer the build packed. */
export function nearbyRecords(records: readonly Resource[], request: NearRequest & { near: string }, context: { vocabularies: Vocabularies; what: string }): CommandResult {
  const { from, nearby, unplaced } = near(records, request.near, { limit: request.limit }, shippedGazetteer, context.vocabularies);
  return nearbyResult(from, nearby, request, { vocabularies: context.vocabularies, what: context.what, unplaced });
}
