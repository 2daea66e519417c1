import { listOption } from '../kit/command.js';
import { defineCommand } from '../kit/define-command.js';
import { shippedGazetteer } from '../data/gazetteer-files.js';
import { CENTRE_COLUMNS, centreCard, centreMarkdown, centreRow } from '../format/centres.js';
import { namer, withArticle } from '../format/markers.js';
import { findCentres } from '../query/centres.js';
import { nearRequest } from './near-options.js';
import { nearbyRendering } from './nearby.js';
import { placesAsked } from './resource-filters.js';
import { numbered } from '../map/centres-map.js';
import { disclaimerOf } from '../query/disclaimer.js';

const EMPTY = 'No centre matches these filters. Try fewer filters; lms regions lists the places.';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const request = nearRequest(options, 5);
  const result = findCentres(directory, { regions: listOption(options.region), services: listOption(options.service), near: request.near, limit: request.limit }, shippedGazetteer);
  const names = namer(directory.vocabularies);
  const context = { names };
  if (result.from) {
    const page = { title: `Sarcoma treatment centres nearest ${result.from.label}`, disclaimer: disclaimerOf(directory) };
    return nearbyRendering(result.from, result.nearby ?? [], request, { names, unplaced: result.unplaced, what: 'centre', page });
  }
  const records = result.records;
  /** The page: titled with the places asked for, the centres numbered for its map. */
  const html = async () => {
    const regions = placesAsked(directory.vocabularies, options.region).ids.map((id) => withArticle(names.region(id)));
    const title = `Sarcoma treatment centres${regions.length > 0 ? ` in ${regions.join(' and ')}` : ''}`;
    const intro = `${records.length} specialist centre${records.length === 1 ? '' : 's'} that lms knows, by country, area and name. Ask a centre what it treats before you travel.`;
    const centres = numbered(records.map((record) => ({ record })));
    const { centresHtml } = await import('./centres-html.js');
    return centresHtml({ title, intro, centres, notes: records.length === 0 ? [EMPTY] : [], names, disclaimer: disclaimerOf(directory) }, undefined, request.units);
  };
  return {
    json: records,
    lines: records,
    table: { header: CENTRE_COLUMNS, rows: records.map((r) => centreRow(r)) },
    text: (style) => (records.length === 0 ? '' : `${records.map((r) => centreCard(r, context, style)).join('\n\n')}\n\n${style.color.dim(`${records.length} shown.`)}\n`),
    markdown: () => records.map((r) => centreMarkdown(r, context)).join('\n'),
    html,
    isEmpty: records.length === 0,
    emptyNote: EMPTY,
  };
});
