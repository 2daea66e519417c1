import type { CommandSpec } from '../cli/command.js';
import type { RegionCount } from '../format/vocabularies.js';
import { REGION_COLUMNS, regionRow, regionsMarkdown, regionsText } from '../format/vocabularies.js';
import { filterResources } from '../query/filter.js';

export const regions: CommandSpec = {
  name: 'regions',
  summary: 'list the regions, how they nest, and how many resources serve each',
  examples: [
    ['lms regions', 'the region tree with counts'],
    ['lms regions --json', 'with aliases and counts as JSON'],
  ],
  run({ directory: load }) {
    const directory = load();
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
  },
};
