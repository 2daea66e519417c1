import { defineCommand } from '../kit/define-command.js';
import { typeCounts } from '../query/filter.js';

export const run = defineCommand(async ({ directory: load }) => {
  const directory = await load();
  const counted = typeCounts(directory);
  return { view: { kind: 'types', types: directory.vocabularies.types.map((type) => ({ ...type, resources: counted.get(type.id) ?? 0 })) }, notes: [] };
});
