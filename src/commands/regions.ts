import { defineCommand } from '../kit/define-command.js';
import type { RegionCount } from '../format/vocabularies.js';
import { REGION_COLUMNS, regionRow, regionsMarkdown, regionsText } from '../format/vocabularies.js';
import { regionCounts } from '../query/filter.js';

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const counted = regionCounts(directory);
  const { regions } = directory.vocabularies;
  const countOf = (id: string) => counted.get(id) ?? { own: 0, withWider: 0 };
  // Every place in full, with its other names, only for the formats that print them: a pipe's columns need none.
  let full: RegionCount[] | undefined;
  const counts = () =>
    (full ??= regions.map((region) => ({ ...region, resources: countOf(region.id).own, resourcesIncludingWider: countOf(region.id).withWider })));
  return {
    get json() {
      return counts();
    },
    get lines() {
      return counts();
    },
    table: { header: REGION_COLUMNS, rows: regions.map((r) => regionRow({ id: r.id, name: r.name, parent: r.parent, resources: countOf(r.id).own, resourcesIncludingWider: countOf(r.id).withWider })) },
    text: (style) => regionsText(counts(), style, options.all === true),
    markdown: () => regionsMarkdown(counts()),
  };
});
