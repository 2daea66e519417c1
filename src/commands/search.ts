import type { CommandSpec } from '../cli/command.js';
import { UsageError } from '../errors.js';
import { SEARCH_COLUMNS, searchJson, searchMarkdown, searchRow, searchText } from '../format/search.js';
import { SearchIndex } from '../query/search.js';

function parseLimit(value: unknown): number {
  if (value === undefined) return 10;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number of at least 1, not '${String(value)}'`);
  return limit;
}

export const search: CommandSpec = {
  name: 'search',
  arguments: '<words...>',
  summary: 'search resources and sections, forgiving typos',
  options: [{ flags: '-n, --limit <n>', description: 'at most this many results (default 10)' }],
  examples: [
    ['lms search second opinion', 'advice and organizations about second opinions'],
    ['lms search "secnd opinion"', 'typos are forgiven'],
    ['lms search helpline --limit 3', 'the three best matches'],
    ['lms search grants --json | jq ".[0].record"', 'the best match in full'],
  ],
  run({ args, options, directory: load }) {
    const directory = load();
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
  },
};
