import { defineCommand } from '../kit/define-command.js';
import { aboutReport } from '../query/about.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const run = defineCommand(async ({ directory: load }) => {
  const directory = await load();
  return { view: { kind: 'about', report: aboutReport(directory, disclaimerOf(directory)) }, notes: [] };
});
