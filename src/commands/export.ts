import { defineCommand } from '../kit/define-command.js';
import { filterResources } from '../query/filter.js';
import { filterQuery } from './resource-filters.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  // An export is the data itself: merged and closed records are part of it unless filtered out.
  const { query, notes } = filterQuery(options, directory.vocabularies, true);
  const records = filterResources(directory, query).map((m) => m.resource);
  return { view: { kind: 'export', records, vocabularies: directory.vocabularies, ...(records.length === 0 ? { empty: 'No resources match these filters.' } : {}) }, notes };
});
