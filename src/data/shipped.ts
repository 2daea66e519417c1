import { directoryJson, regionNamesJson, regionsJson, resourceListingsJson, resourceNamesJson, resourceTableJson, resourceTableNumbers, resourceText, searchEntriesJson, searchIndexJson, searchIndexNumbers, sectionsJson } from '../generated/shipped-data.js';
import type { Entry, ShippedSearch } from '../query/documents.js';
import type { StoredIndex } from '../query/engine.js';
import type { Directory, Region, Section } from '../model.js';
import { Coding } from './columns.js';
import { ShippedPart, readTableNumbers } from './shipped-table.js';
import type { PackedTable } from './shipped-table.js';
import { PartsStore } from './store.js';

let cached: Directory | undefined;
let table: PackedTable | undefined;

const shippedTable = () => (table ??= JSON.parse(resourceTableJson) as PackedTable);

/** The earliest and the most recent check among the shipped records, without reading the records. */
export function shippedCheckDates(): { oldest?: string; newest?: string } {
  return shippedTable().checked;
}

/** Defines `key` on `target` as a value computed on first read, then kept. */
function lazy<T>(target: object, key: string, make: () => T): void {
  let value: T | undefined;
  Object.defineProperty(target, key, { enumerable: true, get: () => (value ??= make()) });
}

/**
 * The directory that ships with lms. The build validated it (schemas and
 * references) and embedded it as JSON texts; each is parsed when first read,
 * so a command that shows a section never parses the resources or the places,
 * and one that lists resources never parses the sections.
 * Its store reads the columns the build packed (shipped-table.ts): a filter
 * parses only the records it shows.
 */
export function loadDirectory(): Directory {
  if (cached) return cached;
  const directory = JSON.parse(directoryJson) as Directory;
  let store: PartsStore | undefined;
  const storeOfShipped = () => {
    if (store) return store;
    const table = shippedTable();
    const part = new ShippedPart(table, readTableNumbers(table.counts, resourceTableNumbers()), { record: resourceText, listings: () => resourceListingsJson, names: () => resourceNamesJson });
    return (store = new PartsStore(new Coding(directory.vocabularies), [part]));
  };
  lazy(directory, 'resources', () => storeOfShipped().records());
  Object.defineProperty(directory, 'store', { enumerable: false, get: storeOfShipped });
  lazy(directory, 'sections', () => JSON.parse(sectionsJson) as Section[]);
  lazy(directory.vocabularies, 'regions', () => JSON.parse(regionsJson) as Region[]);
  // Not printed with the vocabularies (--json, export): a shortcut to what they hold.
  let names: Readonly<Record<string, string>> | undefined;
  Object.defineProperty(directory.vocabularies, 'regionNames', { enumerable: false, get: () => (names ??= JSON.parse(regionNamesJson) as Record<string, string>) });
  cached = directory;
  return directory;
}

/** The build's search index of the shipped sections and resources, its numbers, and what search shows of each record (see query/search.ts). */
export interface ShippedIndex {
  index: StoredIndex;
  numbers: Uint8Array;
  entry(ref: number): Entry;
  /** Each entry's kind, as ShippedSearch packs them (kindAt in query/documents.ts reads one). */
  kinds: string;
  /** The entries not live. */
  dead: ReadonlySet<number>;
}

let searchIndex: ShippedIndex | undefined;

export function loadSearchIndex(): ShippedIndex {
  if (searchIndex) return searchIndex;
  const packed = JSON.parse(searchIndexJson) as Pick<ShippedSearch, 'index' | 'kinds' | 'dead'> & { entrySpans: number[] };
  const { entrySpans } = packed;
  // An entry is parsed when a search ranks its record among the first: most records it matches are only counted.
  let text: string | undefined;
  const entries: Array<Entry | undefined> = [];
  return (searchIndex = {
    index: packed.index,
    numbers: searchIndexNumbers(),
    entry: (ref) => (entries[ref] ??= JSON.parse((text ??= searchEntriesJson).slice(entrySpans[2 * ref], entrySpans[2 * ref + 1])) as Entry),
    kinds: packed.kinds,
    dead: new Set(packed.dead),
  });
}
