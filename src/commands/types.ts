import type { CommandSpec } from '../cli/command.js';
import type { TypeCount } from '../format/vocabularies.js';
import { TYPE_COLUMNS, typeRow, typesMarkdown, typesText } from '../format/vocabularies.js';
import { filterResources } from '../query/filter.js';

export const types: CommandSpec = {
  name: 'types',
  summary: 'list the types of resource and how many there are of each',
  examples: [
    ['lms types', 'each type with its meaning'],
    ['lms types | sort -t"\t" -k3 -n -r', 'most common first'],
  ],
  run({ directory: load }) {
    const directory = load();
    const counts: TypeCount[] = directory.vocabularies.types.map((type) => ({
      ...type,
      resources: filterResources(directory, { types: [type.id] }).length,
    }));
    return {
      json: counts,
      lines: counts,
      table: { header: TYPE_COLUMNS, rows: counts.map(typeRow) },
      text: (style) => typesText(counts, style),
      markdown: () => typesMarkdown(counts),
    };
  },
};
