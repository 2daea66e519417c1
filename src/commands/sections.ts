import type { CommandSpec } from '../cli/command.js';
import { SECTION_COLUMNS, sectionListText, sectionRow } from '../format/sections.js';

export const sections: CommandSpec = {
  name: 'sections',
  summary: "list the flyer's sections in reading order",
  examples: [
    ['lms sections', 'titles and the names each answers to'],
    ['lms sections | cut -f1', 'just the ids'],
  ],
  run({ directory: load }) {
    const directory = load();
    const list = directory.sections;
    return {
      json: list,
      lines: list,
      table: { header: SECTION_COLUMNS, rows: list.map(sectionRow) },
      text: (style) => sectionListText(list, style),
      markdown: () => list.map((s, i) => `${i + 1}. **${s.title}** (\`${s.id}\`)\n`).join(''),
    };
  },
};
