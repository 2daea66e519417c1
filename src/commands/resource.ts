import { defineCommand } from '../cli/define-command.js';
import { lookUp } from '../cli/not-found.js';
import { namer } from '../format/markers.js';
import { RESOURCE_COLUMNS, resourceDetail, resourceMarkdown, resourceRow } from '../format/resources.js';
import { exactAmong, resourceCandidates } from '../query/names.js';

export const run = defineCommand(async ({ args, directory: load }) => {
  const directory = await load();
  const input = args.join(' ');
  const { item, exact } = await lookUp(
    exactAmong(resourceCandidates(directory), input),
    async () => (await import('../query/resolve.js')).resolveResource(directory, input),
    'lms resources --all',
  );
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
