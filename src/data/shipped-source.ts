// Build time only: the data files, with every place added (places-source.ts)
// and every centre placed on the map (gazetteer-source.ts), validated, as the
// JSON text the program embeds. A directory that fails validation, or a
// centre's town the gazetteer cannot place, stops the build.
import about from '../../data/about.json' with { type: 'json' };
import centres from '../../data/centres.json' with { type: 'json' };
import checklist from '../../data/checklist.json' with { type: 'json' };
import resources from '../../data/resources.json' with { type: 'json' };
import sections from '../../data/sections.json' with { type: 'json' };
import vocabularies from '../../data/vocabularies.json' with { type: 'json' };
import { DataError } from '../errors.js';
import { Gazetteer, textSource } from '../query/gazetteer.js';
import { placed } from '../query/placing.js';
import { shippedSearchIndex } from '../query/documents.js';
import type { Resource, Vocabularies } from '../model.js';
import { gazetteerTexts } from './gazetteer-source.js';
import type { GazetteerTexts } from './gazetteer-source.js';
import { packTable } from './shipped-table.js';
export { tableBytes } from './shipped-table.js';
import type { PackedResources } from './shipped-table.js';
import { validateDirectory } from './validate.js';
import { withPlaces } from './places-source.js';

export function shippedData(): { json: string; gazetteer: GazetteerTexts; searchIndex: ReturnType<typeof shippedSearchIndex>; packed: PackedResources } {
  const places = withPlaces(vocabularies as unknown as Vocabularies);
  const directory = validateDirectory({ resources: [...resources, ...centres], sections, vocabularies: places, about, checklist });
  const texts = gazetteerTexts(places.regions);
  const gazetteer = new Gazetteer({ towns: textSource(texts.towns), names: textSource(texts.names), areas: textSource(texts.areas), zips: textSource(texts.zips) });
  const problems: string[] = [];
  const withCoordinates = directory.resources.map((r): Resource => {
    if (r.locations.length === 0) return r;
    const locations = r.locations.map((l) => placed(l, gazetteer));
    locations.forEach((l, i) => {
      if (l.city !== undefined && !l.coordinates) problems.push(`centres: "${r.id}" location ${i + 1}: the gazetteer has no single town "${l.city}" in ${l.region ?? l.country}`);
    });
    return { ...r, locations };
  });
  if (problems.length > 0) throw new DataError(problems);
  const shipped = { ...directory, resources: withCoordinates };
  return { json: JSON.stringify(shipped), gazetteer: texts, searchIndex: shippedSearchIndex(shipped), packed: packTable(shipped.resources, shipped.vocabularies) };
}
