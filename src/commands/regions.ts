import { defineCommand } from '../cli/define-command.js';
import type { RegionCount } from '../format/vocabularies.js';
import { REGION_COLUMNS, regionRow, regionsMarkdown, regionsText } from '../format/vocabularies.js';
import { regionCounts } from '../query/filter.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const counted = regionCounts(directory);
  const counts: RegionCount[] = directory.vocabularies.regions.map((region) => {
    const { own, withWider } = counted.get(region.id) ?? { own: 0, withWider: 0 };
    return { ...region, resources: own, resourcesIncludingWider: withWider };
  });
  return {
    json: counts,
    lines: counts,
    table: { header: REGION_COLUMNS, rows: counts.map(regionRow) },
    text: (style) => regionsText(counts, style, options.all === true),
    markdown: () => regionsMarkdown(counts),
  };
});
