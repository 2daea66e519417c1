import { defineCommand } from '../kit/define-command.js';
import { toHsds } from '../data/hsds-export.js';
import { EXPORT_COLUMNS, exportRow } from '../format/export.js';
import { namer } from '../format/markers.js';
import { resourceMarkdown } from '../format/resources.js';
import { filterResources } from '../query/filter.js';
import { filterQuery } from './resource-filters.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  // An export is the data itself: merged and closed records are part of it unless filtered out.
  const { query, notes } = filterQuery(options, directory.vocabularies, true);
  const records = filterResources(directory, query).map((m) => m.resource);
  const names = namer(directory.vocabularies);
  return {
    json: records,
    lines: records,
    table: { header: EXPORT_COLUMNS, rows: records.map(exportRow) },
    hsds: () => toHsds(records, directory.vocabularies),
    text: (style) => records.map((r) => `${style.color.bold(r.name)}  ${r.id}  ${r.status}`).join('\n'),
    markdown: () => records.map((r) => resourceMarkdown(r, names)).join('\n'),
    isEmpty: records.length === 0,
    emptyNote: 'No resources match these filters.',
    notes,
  };
});
