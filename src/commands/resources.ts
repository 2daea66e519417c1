import type { CommandSpec } from '../cli/command.js';
import { listOption } from '../cli/command.js';
import { namer } from '../format/markers.js';
import { RESOURCE_COLUMNS, resourceCard, resourceMarkdown, resourceRow } from '../format/resources.js';
import { filterResources, statusesFor } from '../query/filter.js';

export const resources: CommandSpec = {
  name: 'resources',
  summary: 'list organizations and services, by region, type and status',
  options: [
    { flags: '-r, --region <region>', description: 'only those serving this region, including ones that serve a wider area (repeatable)', repeatable: true },
    { flags: '-t, --type <type>', description: 'only those of this type (repeatable)', repeatable: true },
    { flags: '-s, --status <status>', description: 'only those with this status: active, unknown, merged, closed (repeatable)', repeatable: true },
    { flags: '-a, --all', description: 'include merged and closed ones' },
  ],
  examples: [
    ['lms resources --region uk', 'everything that serves people in the UK'],
    ['lms resources --type helpline --region us', 'helplines for people in the US'],
    ['lms resources --all', 'include merged and closed organizations'],
    ['lms resources | cut -f2,6', 'names and phone numbers, one per line'],
    ['lms resources --json | jq -r ".[].name"', 'full records as JSON'],
  ],
  run({ options, directory }) {
    const query = {
      regions: listOption(options.region),
      types: listOption(options.type),
      statuses: listOption(options.status),
      all: options.all === true,
    };
    const matches = filterResources(directory, query);
    const shown = statusesFor(directory, query);
    const hidden = directory.resources.filter((r) => !shown.has(r.status)).length;
    const names = namer(directory.vocabularies);
    const records = matches.map((m) => m.resource);
    const footer = `${matches.length} shown.${hidden > 0 && !query.all && query.statuses.length === 0 ? ` ${hidden} merged or closed not shown: add --all.` : ''}`;
    return {
      json: records,
      lines: records,
      table: { header: RESOURCE_COLUMNS, rows: records.map(resourceRow) },
      text: (style) => (matches.length === 0 ? '' : `${matches.map((m) => resourceCard(m, names, style)).join('\n\n')}\n\n${style.color.dim(footer)}\n`),
      markdown: () => records.map((r) => resourceMarkdown(r, names)).join('\n'),
      isEmpty: matches.length === 0,
      emptyNote: 'No resources match these filters. Try fewer filters, or --all to include merged and closed ones.',
    };
  },
};
