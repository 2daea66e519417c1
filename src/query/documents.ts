// Records as search reads them: each resource or section flattened into the
// fields the index holds. The build indexes the shipped records the same way.
import { CENTRE_TYPE } from '../types.js';
import type { Directory, Region, Resource, ResourceType, Section, Service, Vocabularies } from '../types.js';
import { packIndex } from './engine.js';
import type { PackedIndex } from './engine.js';

/** What a hit is: a section of the flyer, an organization, or a treatment centre. */
export type HitKind = 'section' | 'resource' | 'centre';
export const HIT_KINDS: readonly HitKind[] = ['section', 'resource', 'centre'];

/** One searchable thing: a resource or a section, flattened into the fields search reads. */
export interface SearchDocument {
  kind: HitKind;
  id: string;
  title: string;
  /** Other names: the id, aliases, former names; a section's heading in the flyer. */
  aliases: string[];
  /** What kind of help: its types' and services' names ("Helpline", "grants", "Bone sarcoma"). */
  tags: string[];
  /** Where: the places it serves, its towns and hospitals. */
  places: string[];
  body: string;
}

export type SearchKey = Exclude<keyof SearchDocument, 'kind' | 'id'>;

/** The names a type answers to in search: its name and its aliases, as words. */
export function labelNames(label: ResourceType | Service): string[] {
  return [label.name, ...label.aliases.map((a) => a.replace(/-/g, ' '))];
}

/** What search needs of a directory's vocabularies, looked up once per index. */
export interface Vocabulary {
  types: ReadonlyMap<string, ResourceType>;
  services: ReadonlyMap<string, Service>;
  regions: ReadonlyMap<string, Region>;
}

export function vocabularyOf(vocabularies: Vocabularies): Vocabulary {
  return {
    types: new Map(vocabularies.types.map((t) => [t.id, t])),
    services: new Map(vocabularies.services.map((s) => [s.id, s])),
    regions: new Map(vocabularies.regions.map((r) => [r.id, r])),
  };
}

export function resourceDocument(resource: Resource, vocabulary: Vocabulary): SearchDocument {
  const names = <T extends ResourceType | Service>(ids: readonly string[], map: ReadonlyMap<string, T>) => ids.flatMap((id) => {
    const label = map.get(id);
    return label ? labelNames(label) : [id];
  });
  const regions = resource.regions.flatMap((id) => {
    const region = vocabulary.regions.get(id);
    // A region's other names ("uk", "britain") where the place list has them.
    return region ? [region.name, ...(region.aliases ?? []).map((a) => a.replace(/-/g, ' '))] : [id];
  });
  const sites = resource.locations.flatMap((l) => [l.name, l.city, l.area].filter((p): p is string => p !== undefined));
  return {
    kind: resource.types.includes(CENTRE_TYPE) ? 'centre' : 'resource',
    id: resource.id,
    title: resource.name,
    aliases: [resource.id.replace(/-/g, ' '), ...resource.aliases, ...resource.formerNames],
    tags: [...names(resource.types, vocabulary.types), ...names(resource.services, vocabulary.services)],
    places: [...new Set([...regions, ...sites])],
    body: resource.description,
  };
}

export function sectionDocument(section: Section): SearchDocument {
  return {
    kind: 'section',
    id: section.id,
    title: section.title,
    aliases: [section.id, ...section.aliases, section.flyerHeading ?? ''].filter(Boolean).map((a) => a.replace(/-/g, ' ')),
    tags: [],
    places: [],
    body: section.blocks.map((b) => b.text).join('\n'),
  };
}

/** The build's search index of the shipped data (see scripts/build.mjs): sections, then resources, in order. */
export function shippedSearchIndex(directory: Directory): PackedIndex {
  const vocabulary = vocabularyOf(directory.vocabularies);
  return packIndex([...directory.sections.map(sectionDocument), ...directory.resources.map((r) => resourceDocument(r, vocabulary))]);
}

