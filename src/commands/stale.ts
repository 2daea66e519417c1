import { defineCommand } from '../kit/define-command.js';
import { numberOption } from '../kit/command.js';
import { STALE_COLUMNS, staleMarkdown, staleRow, staleText } from '../format/stale.js';
import { DEFAULT_STALE_DAYS, staleResources } from '../query/age.js';

export const run = defineCommand(async ({ options, directory: load, today }) => {
  const days = numberOption('--days', options.days, { min: 0 }) ?? DEFAULT_STALE_DAYS;
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
