import { defineCommand } from '../cli/define-command.js';
import type { RegionCount } from '../format/vocabularies.js';
import { REGION_COLUMNS, regionRow, regionsMarkdown, regionsText } from '../format/vocabularies.js';
import { filterResources } from '../query/filter.js';

export const run = defineCommand(async ({ directory: load }) => {
  const directory = await load();
  const counts: RegionCount[] = directory.vocabularies.regions.map((region) => {
    const matches = filterResources(directory, { regions: [region.id] });
    return {
      ...region,
      resources: matches.filter((m) => m.regionMatch?.kind === 'direct').length,
      resourcesIncludingWider: matches.length,
    };
  });
  return {
    json: counts,
    lines: counts,
    table: { header: REGION_COLUMNS, rows: counts.map(regionRow) },
    text: (style) => regionsText(counts, style),
    markdown: () => regionsMarkdown(counts),
  };
});
