import { defineCommand } from '../cli/define-command.js';
import { explainNotFound } from '../cli/not-found.js';
import { namer } from '../format/markers.js';
import { RESOURCE_COLUMNS, resourceDetail, resourceMarkdown, resourceRow } from '../format/resources.js';
import { resolveResource } from '../query/resolve.js';

export const run = defineCommand(async ({ args, directory: load }) => {
  const directory = await load();
  const input = args.join(' ');
  const { item, exact } = explainNotFound(() => resolveResource(directory, input), 'lms resources --all');
  const names = namer(directory.vocabularies);
  return {
    json: item,
    lines: [item],
    table: { header: RESOURCE_COLUMNS, rows: [resourceRow(item)] },
    text: (style) => resourceDetail(item, names, style),
    markdown: () => resourceMarkdown(item, names),
    notes: exact ? [] : [`'${input}' is not an exact name; showing '${item.id}' (${item.name}).`],
  };
});
