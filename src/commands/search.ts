import { defineCommand } from '../cli/define-command.js';
import { UsageError } from '../errors.js';
import { SEARCH_COLUMNS, searchJson, searchMarkdown, searchRow, searchText } from '../format/search.js';
import { SearchIndex } from '../query/search.js';

function parseLimit(value: unknown): number {
  if (value === undefined) return 10;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number of at least 1, not '${String(value)}'`);
  return limit;
}

export const run = defineCommand(async ({ args, options, directory: load }) => {
  const directory = await load();
  const limit = parseLimit(options.limit);
  const hits = new SearchIndex(directory).search(args.join(' '), { limit });
  const json = hits.map(searchJson);
  return {
    json,
    lines: json,
    table: { header: SEARCH_COLUMNS, rows: hits.map(searchRow) },
    text: (style) => searchText(hits, style),
    markdown: () => searchMarkdown(hits),
    isEmpty: hits.length === 0,
    emptyNote: `Nothing matches '${args.join(' ')}'. Try fewer or different words, or browse with: lms sections, lms resources`,
  };
});
