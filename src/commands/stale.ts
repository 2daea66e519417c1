import type { CommandSpec } from '../cli/command.js';
import { UsageError } from '../errors.js';
import { STALE_COLUMNS, staleMarkdown, staleRow, staleText } from '../format/stale.js';
import { DEFAULT_STALE_DAYS, staleResources } from '../query/age.js';

function parseDays(value: unknown): number {
  if (value === undefined) return DEFAULT_STALE_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--days takes a whole number of days (0 or more), not '${String(value)}'`);
  return days;
}

export const stale: CommandSpec = {
  name: 'stale',
  summary: 'list the records due for re-checking, oldest first',
  options: [{ flags: '-d, --days <n>', description: `due when last checked more than this many days ago (default ${DEFAULT_STALE_DAYS})` }],
  examples: [
    ['lms stale', `records not checked in the last ${DEFAULT_STALE_DAYS} days`],
    ['lms stale --days 90', 'a stricter schedule'],
    ['lms stale --data our-group.json', 'your own records too'],
    ['lms stale --format md', 'a checklist to work through'],
  ],
  run({ options, directory: load, today }) {
    const days = parseDays(options.days);
    const records = staleResources(load().resources, today, days);
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
  },
};
