import { defineCommand } from '../kit/define-command.js';
import { regionCounts } from '../query/filter.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  return { view: { kind: 'regions', regions: directory.vocabularies.regions, counts: regionCounts(directory), all: options.all === true }, notes: [] };
});
