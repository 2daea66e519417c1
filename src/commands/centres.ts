import { listOption } from '../kit/command.js';
import { defineCommand } from '../kit/define-command.js';
import { shippedGazetteer } from '../data/gazetteer-files.js';
import { namer, withArticle } from '../format/markers.js';
import { findCentres } from '../query/centres.js';
import { nearRequest } from './near-options.js';
import { nearbyResult } from './nearby.js';
import { placesAsked } from './resource-filters.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const { vocabularies } = directory;
  const request = nearRequest(options, 5);
  const result = findCentres(directory, { regions: listOption(options.region), services: listOption(options.service), near: request.near, limit: request.limit }, shippedGazetteer);
  if (result.from) {
    const page = { title: `Sarcoma treatment centres nearest ${result.from.label}`, disclaimer: disclaimerOf(directory) };
    return nearbyResult(result.from, result.nearby ?? [], request, { vocabularies, unplaced: result.unplaced, what: 'centre', page });
  }
  const { records } = result;
  const names = namer(vocabularies);
  const regions = placesAsked(vocabularies, options.region).ids.map((id) => withArticle(names.region(id)));
  return {
    view: {
      kind: 'centres',
      records,
      vocabularies,
      title: `Sarcoma treatment centres${regions.length > 0 ? ` in ${regions.join(' and ')}` : ''}`,
      disclaimer: disclaimerOf(directory),
      ...(request.units ? { units: request.units } : {}),
      ...(records.length === 0 ? { empty: 'No centre matches these filters. Try fewer filters; lms regions lists the places.' } : {}),
    },
    notes: [],
  };
});
