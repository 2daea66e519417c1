import type { CommandSpec } from '../cli/command.js';
import { explainNotFound } from '../cli/not-found.js';
import { namer } from '../format/markers.js';
import { RESOURCE_COLUMNS, resourceDetail, resourceMarkdown, resourceRow } from '../format/resources.js';
import { resolveResource } from '../query/resolve.js';

export const resource: CommandSpec = {
  name: 'resource',
  arguments: '<name...>',
  summary: 'show one organization in full: contacts, sources, what the flyer printed',
  examples: [
    ['lms resource sarcoma-uk', 'by id'],
    ['lms resource "Sarcoma Alliance"', 'by name'],
    ['lms resource NCI', 'by a short name'],
    ['lms resource nci --json', 'the record as JSON'],
  ],
  run({ args, directory: load }) {
    const directory = load();
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
  },
};
