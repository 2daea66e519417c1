import { defineCommand } from '../kit/define-command.js';
import { aboutMarkdown, aboutReport, aboutText } from '../format/about.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const run = defineCommand(async ({ directory: load }) => {
  const directory = await load();
  const report = aboutReport(directory, disclaimerOf(directory));
  return {
    json: report,
    lines: [report],
    text: (style) => aboutText(report, style),
    markdown: () => aboutMarkdown(report),
  };
});
