// Records as search reads them: each resource or section flattened into the
// fields the index holds. The build indexes the shipped records the same way.
import { CENTRE_TYPE } from '../model.js';
import type { Directory, Resource, ResourceType, Section, Service, Vocabularies } from '../model.js';
import { packIndex, storeIndex } from './engine.js';
import type { StoredIndex } from './engine.js';
import { termsOf } from './terms.js';

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

/** What search needs of a directory's vocabularies, looked up once per index: the names each type, service and region answers to. */
export interface Vocabulary {
  types: ReadonlyMap<string, readonly string[]>;
  services: ReadonlyMap<string, readonly string[]>;
  regions: ReadonlyMap<string, readonly string[]>;
}

export function vocabularyOf(vocabularies: Vocabularies): Vocabulary {
  return {
    types: new Map(vocabularies.types.map((t) => [t.id, labelNames(t)])),
    services: new Map(vocabularies.services.map((s) => [s.id, labelNames(s)])),
    // A region's other names ("uk", "britain") where the place list has them.
    regions: new Map(vocabularies.regions.map((r) => [r.id, [r.name, ...(r.aliases ?? []).map((a) => a.replace(/-/g, ' '))]])),
  };
}

export function resourceDocument(resource: Resource, vocabulary: Vocabulary): SearchDocument {
  const names = (ids: readonly string[], map: ReadonlyMap<string, readonly string[]>, into: string[] = []) => {
    for (const id of ids) {
      const known = map.get(id);
      if (known) into.push(...known);
      else into.push(id);
    }
    return into;
  };
  const sites = resource.locations.flatMap((l) => [l.name, l.city, l.area].filter((p): p is string => p !== undefined));
  return {
    kind: kindOf(resource),
    id: resource.id,
    title: resource.name,
    aliases: [resource.id.replace(/-/g, ' '), ...resource.aliases, ...resource.formerNames],
    tags: names(resource.services, vocabulary.services, names(resource.types, vocabulary.types)),
    places: [...new Set([...names(resource.regions, vocabulary.regions), ...sites])],
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

/** What search ranks a record by and shows of it, without the record itself. */
export interface Entry {
  kind: HitKind;
  id: string;
  title: string;
  /** False for a merged or closed organization. */
  live: boolean;
  /** The terms of its title and of each of its other names: terms joined by spaces, names by new lines. */
  names: string;
}

export function kindOf(resource: Resource): 'resource' | 'centre' {
  return resource.types.includes(CENTRE_TYPE) ? 'centre' : 'resource';
}

/** A record's entry; `shown` are the statuses shown by default. */
export function entryOf(record: Resource | Section, shown: ReadonlySet<string>): Entry {
  const section = 'blocks' in record;
  const title = section ? record.title : record.name;
  const others = section ? [record.id, ...record.aliases, record.flyerHeading ?? ''] : [record.id, ...record.aliases, ...record.formerNames];
  return {
    kind: section ? 'section' : kindOf(record),
    id: record.id,
    title,
    live: section || shown.has(record.status),
    names: [title, ...others].map((name) => termsOf(name).join(' ')).filter((terms) => terms !== '').join('\n'),
  };
}

/** The statuses shown by default (active, unknown). */
export function shownStatuses(vocabularies: Vocabularies): Set<string> {
  return new Set(vocabularies.statuses.filter((s) => s.shownByDefault).map((s) => s.id));
}

/** The build's search index of the shipped data: sections, then resources, in order; and their entries. */
export interface ShippedSearch {
  index: StoredIndex;
  entries: Entry[];
  /** Each entry's kind (its place in HIT_KINDS, a digit each) and the entries not live: a search reads them for every record it matches, the entries only for those it ranks. */
  kinds: string;
  dead: number[];
}

/** The kind of entry `ref`, from ShippedSearch's kinds. */
export function kindAt(kinds: string, ref: number): HitKind {
  return HIT_KINDS[kinds.charCodeAt(ref) - 48] as HitKind;
}

/** The build's search index of the shipped data, and the numbers of its index (see StoredIndex), which the build writes to a file of their own. */
export function shippedSearchIndex(directory: Directory): { search: ShippedSearch; numbers: Uint8Array } {
  const vocabulary = vocabularyOf(directory.vocabularies);
  const shown = shownStatuses(directory.vocabularies);
  const records = [...directory.sections, ...directory.resources];
  const { stored, numbers } = storeIndex(
    packIndex(records.length, (d) => {
      const record = records[d] as Section | Resource;
      return 'blocks' in record ? sectionDocument(record) : resourceDocument(record, vocabulary);
    }),
  );
  const entries = records.map((r) => entryOf(r, shown));
  const kinds = entries.map((e) => HIT_KINDS.indexOf(e.kind)).join('');
  const dead = entries.flatMap((e, ref) => (e.live ? [] : [ref]));
  return { search: { index: stored, entries, kinds, dead }, numbers };
}
