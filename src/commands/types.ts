import { defineCommand } from '../kit/define-command.js';
import type { TypeCount } from '../format/vocabularies.js';
import { TYPE_COLUMNS, typeRow, typesMarkdown, typesText } from '../format/vocabularies.js';
import { typeCounts } from '../query/filter.js';

export const run = defineCommand(async ({ directory: load }) => {
  const directory = await load();
  const counted = typeCounts(directory);
  const counts: TypeCount[] = directory.vocabularies.types.map((type) => ({ ...type, resources: counted.get(type.id) ?? 0 }));
  return {
    json: counts,
    lines: counts,
    table: { header: TYPE_COLUMNS, rows: counts.map(typeRow) },
    text: (style) => typesText(counts, style),
    markdown: () => typesMarkdown(counts),
  };
});
