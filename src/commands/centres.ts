import { listOption } from '../cli/command.js';
import { defineCommand } from '../cli/define-command.js';
import { shippedGazetteer } from '../data/gazetteer-files.js';
import { CENTRE_COLUMNS, centreCard, centreMarkdown, centreRow } from '../format/centres.js';
import { namer } from '../format/markers.js';
import { findCentres } from '../query/centres.js';
import { nearRequest } from './near-options.js';
import { nearbyRendering } from './nearby.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const request = nearRequest(options, 5);
  const result = findCentres(directory, { regions: listOption(options.region), services: listOption(options.service), near: request.near, limit: request.limit }, shippedGazetteer);
  const names = namer(directory.vocabularies);
  const context = { names };
  if (result.from) return nearbyRendering(result.from, result.nearby ?? [], request, { names, unplaced: result.unplaced, what: 'centre' });
  const records = result.records;
  return {
    json: records,
    lines: records,
    table: { header: CENTRE_COLUMNS, rows: records.map((r) => centreRow(r)) },
    text: (style) => (records.length === 0 ? '' : `${records.map((r) => centreCard(r, context, style)).join('\n\n')}\n\n${style.color.dim(`${records.length} shown.`)}\n`),
    markdown: () => records.map((r) => centreMarkdown(r, context)).join('\n'),
    isEmpty: records.length === 0,
    emptyNote: 'No centre matches these filters. Try fewer filters; lms regions lists the places.',
  };
});
