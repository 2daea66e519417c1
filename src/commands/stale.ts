import { defineCommand } from '../cli/define-command.js';
import { UsageError } from '../errors.js';
import { STALE_COLUMNS, staleMarkdown, staleRow, staleText } from '../format/stale.js';
import { DEFAULT_STALE_DAYS, staleResources } from '../query/age.js';

function parseDays(value: unknown): number {
  if (value === undefined) return DEFAULT_STALE_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--days takes a whole number of days (0 or more), not '${String(value)}'`);
  return days;
}

export const run = defineCommand(async ({ options, directory: load, today }) => {
  const days = parseDays(options.days);
  const records = staleResources((await load()).resources, today, days);
  const resources = records.map((r) => r.resource);
  return {
    json: resources,
    lines: resources,
    table: { header: STALE_COLUMNS, rows: records.map(staleRow) },
    text: (style) => (records.length === 0 ? '' : staleText(records, days, style)),
    markdown: () => staleMarkdown(records),
    isEmpty: records.length === 0,
    emptyNote: `Every record was checked in the last ${days} days.`,
  };
});
