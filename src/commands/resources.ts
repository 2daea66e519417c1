import { defineCommand } from '../cli/define-command.js';
import { namer } from '../format/markers.js';
import { RESOURCE_COLUMNS, resourceCard, resourceMarkdown, resourceRow } from '../format/resources.js';
import { filterResources, statusesFor } from '../query/filter.js';
import { filterQuery } from './resource-filters.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const query = filterQuery(options);
  // One pass over every status: the merged and closed ones that pass the other filters are worth a hint (--all).
  const everything = query.all || query.statuses?.length ? undefined : filterResources(directory, { ...query, all: true });
  const shown = statusesFor(directory, query);
  const matches = everything ? everything.filter((m) => shown.has(m.resource.status)) : filterResources(directory, query);
  const hidden = everything ? everything.length - matches.length : 0;
  const names = namer(directory.vocabularies);
  const records = matches.map((m) => m.resource);
  const footer = `${matches.length} shown.${hidden > 0 ? ` ${hidden} merged or closed not shown: add --all.` : ''}`;
  return {
    json: records,
    lines: records,
    table: { header: RESOURCE_COLUMNS, rows: records.map(resourceRow) },
    text: (style) => (matches.length === 0 ? '' : `${matches.map((m) => resourceCard(m, names, style)).join('\n\n')}\n\n${style.color.dim(footer)}\n`),
    markdown: () => records.map((r) => resourceMarkdown(r, names)).join('\n'),
    isEmpty: matches.length === 0,
    emptyNote: 'No resources match these filters. Try fewer filters, or --all to include merged and closed ones.',
  };
});
