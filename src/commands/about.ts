import type { CommandSpec } from '../cli/command.js';
import { aboutMarkdown, aboutReport, aboutText } from '../format/about.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const about: CommandSpec = {
  name: 'about',
  summary: 'where the data comes from, when it was checked, credits and disclaimer',
  examples: [
    ['lms about', 'read it'],
    ['lms about --json', 'the same as JSON'],
  ],
  run({ directory: load }) {
    const directory = load();
    const report = aboutReport(directory, disclaimerOf(directory));
    return {
      json: report,
      lines: [report],
      text: (style) => aboutText(report, style),
      markdown: () => aboutMarkdown(report),
    };
  },
};
