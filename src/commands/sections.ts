import { defineCommand } from '../kit/define-command.js';
import { SECTION_COLUMNS, sectionListText, sectionRow } from '../format/sections.js';

export const run = defineCommand(async ({ directory: load }) => {
  const directory = await load();
  const list = directory.sections;
  return {
    json: list,
    lines: list,
    table: { header: SECTION_COLUMNS, rows: list.map(sectionRow) },
    text: (style) => sectionListText(list, style),
    markdown: () => list.map((s, i) => `${i + 1}. **${s.title}** (\`${s.id}\`)\n`).join(''),
  };
});
