import { limitOption } from '../cli/command.js';
import { defineCommand } from '../cli/define-command.js';
import { SEARCH_COLUMNS, searchJson, searchMarkdown, searchRow, searchText } from '../format/search.js';
import { SearchIndex } from '../query/search.js';

export const run = defineCommand(async ({ args, options, directory: load }) => {
  const directory = await load();
  const limit = limitOption(options.limit) ?? 10;
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
