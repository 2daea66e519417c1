import { defineCommand } from '../kit/define-command.js';
import { numberOption } from '../kit/command.js';
import { DEFAULT_STALE_DAYS, staleResources } from '../query/age.js';

export const run = defineCommand(async ({ options, directory: load, today }) => {
  const days = numberOption('--days', options.days, { min: 0 }) ?? DEFAULT_STALE_DAYS;
  const records = staleResources((await load()).resources, today, days);
  return { view: { kind: 'stale', records, days, ...(records.length === 0 ? { empty: `Every record was checked in the last ${days} days.` } : {}) }, notes: [] };
});
