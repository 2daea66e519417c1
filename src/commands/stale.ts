import { defineCommand } from '../kit/define-command.js';
import { staleResources } from '../query/age.js';

export const run = defineCommand(async ({ options, directory: load, today }) => {
  const days = options.days as number;
  const records = staleResources((await load()).resources, today(), days);
  return { view: { kind: 'stale', records, days, ...(records.length === 0 ? { empty: `Every record was checked in the last ${days} days.` } : {}) }, notes: [] };
});
