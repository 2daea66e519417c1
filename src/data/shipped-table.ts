// The shipped resources as a table the build packs (scripts/build.mjs): where
// each record lies in the resources' JSON text, the columns, where each
// record's locations are on the map and the check dates; in texts of their own,
// what a list shows of each and the names each answers to. A filter reads the
// columns and parses only the records it shows, and a count (lms regions, types,
// about) or a list in a pipe parses none: parsing all of them costs more than
// the rest of a short run.
import type { Resource, Vocabularies } from '../model.js';
import { checkDates } from '../query/age.js';
import { resourceNames } from '../query/names.js';
import { nameRanks } from '../query/normalize.js';
import { COLUMNS, Coding, inRowOrder } from './columns.js';
import type { Column, ColumnName } from './columns.js';
import { listingOf } from './listing.js';
import type { Listing } from './listing.js';
import type { Sites, TablePart } from './store.js';
import { LITTLE_ENDIAN, reverseEach } from './byte-order.js';

/**
 * The table's numbers: a few thousand, in a binary file of their own
 * (tableBytes), which a run views as arrays where they lie. As JSON, parsing
 * them made a quarter of the young objects of a short run, and a run that
 * makes more than about a megabyte of them stops for a garbage collection.
 */
export interface TableNumbers {
  /** Record i is the text's characters spans[2i] up to spans[2i + 1]. */
  spans: Uint32Array;
  /** Each record's place when the records are sorted by name. */
  nameOrder: Uint32Array;
  /** Where each record's locations with coordinates are, as a column of latitude, longitude pairs. */
  sites: Sites;
  columns: Record<ColumnName, { starts: Uint32Array; codes: Uint32Array }>;
}

/** The table as the build writes it, beside the resources' JSON text and the table's numbers. */
export interface PackedTable {
  ids: string[];
  /** The earliest and the most recent check among the records: a terminal is told when even the newest is old. */
  checked: { oldest?: string; newest?: string };
  /** How many numbers each array of TableNumbers holds, in the order tableBytes writes them. */
  counts: number[];
}

/** The arrays of 32-bit numbers in the order they lie in the bytes; the coordinates, 64-bit, follow them. */
function wholeNumbers(numbers: TableNumbers): Uint32Array[] {
  return [numbers.spans, numbers.nameOrder, numbers.sites.starts, ...COLUMNS.flatMap(({ name }) => [numbers.columns[name].starts, numbers.columns[name].codes])];
}

/** Build time: the numbers as bytes, little-endian (byte-order.ts), and how many each array holds. */
export function tableBytes(numbers: TableNumbers, littleEndian = LITTLE_ENDIAN): { counts: number[]; bytes: Uint8Array } {
  const whole = wholeNumbers(numbers);
  // The coordinates start at a multiple of 8 bytes, where a Float64Array can view them.
  let at = 4 * whole.reduce((n, array) => n + array.length, 0);
  at += at % 8;
  const bytes = new Uint8Array(at + 8 * numbers.sites.coordinates.length);
  let offset = 0;
  for (const array of whole) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  }
  const { coordinates } = numbers.sites;
  bytes.set(new Uint8Array(coordinates.buffer, coordinates.byteOffset, coordinates.byteLength), at);
  if (!littleEndian) turnAround(bytes, offset, at);
  return { counts: [...whole.map((array) => array.length), coordinates.length], bytes };
}

/** The table's bytes with each number's bytes reversed: the 32-bit ones before `integersEnd`, the 64-bit ones from `coordinatesStart`. */
function turnAround(bytes: Uint8Array, integersEnd: number, coordinatesStart: number): void {
  reverseEach(bytes, 0, integersEnd, 4);
  reverseEach(bytes, coordinatesStart, bytes.length, 8);
}

/**
 * The numbers as tableBytes wrote them, viewed where they lie (on a big-endian
 * machine, on a copy with each number turned around); refused when the bytes
 * are not as many as the counts say.
 */
export function readTableNumbers(counts: readonly number[], bytes: Uint8Array, littleEndian = LITTLE_ENDIAN): TableNumbers {
  const integers = counts.slice(0, -1).reduce((n, count) => n + count, 0);
  const start = 4 * integers + ((4 * integers) % 8);
  if (counts.length !== 4 + 2 * COLUMNS.length || bytes.byteLength !== start + 8 * (counts.at(-1) as number)) {
    throw new Error('the table of the shipped resources is not the size the build wrote: reinstall lms');
  }
  // Typed arrays view the bytes where they lie, once they start at a multiple of 8.
  const aligned = bytes.byteOffset % 8 === 0 && littleEndian ? bytes : new Uint8Array(bytes);
  if (!littleEndian) turnAround(aligned, 4 * integers, start);
  let at = aligned.byteOffset;
  let next = 0;
  const view = () => {
    const count = counts[next++] as number;
    const array = new Uint32Array(aligned.buffer, at, count);
    at += 4 * count;
    return array;
  };
  const spans = view();
  const nameOrder = view();
  const starts = view();
  const columns = Object.fromEntries(COLUMNS.map(({ name }) => [name, { starts: view(), codes: view() }])) as TableNumbers['columns'];
  return { spans, nameOrder, columns, sites: { starts, coordinates: new Float64Array(aligned.buffer, aligned.byteOffset + start, counts.at(-1) as number) } };
}

/**
 * What the build packs: the table; what a list shows of each record, a text of
 * its own that only a list reads; and the names each record answers to, one
 * that only a lookup by name reads.
 */
export interface PackedResources {
  checked: PackedTable['checked'];
  /** All the table's numbers but where each record lies in the text, which the build knows once it has written the text. */
  numbers: Omit<TableNumbers, 'spans'>;
  /** As objects, so that JSON.parse makes each listing in one pass of its own, not a list's code one by one. */
  listings: Listing[];
  names: string[][];
}

/** Build time: the columns of the records, coded as the program codes them (columns.ts), their check dates, sites and names. */
export function packTable(resources: readonly Resource[], vocabularies: Vocabularies): PackedResources {
  const coding = new Coding(vocabularies);
  const columns = COLUMNS.map(({ name }) => {
    const { starts, codes } = coding.column(name, resources);
    return [name, { starts, codes }] as const;
  });
  const starts = [0];
  const coordinates: number[] = [];
  for (const resource of resources) {
    for (const { coordinates: at } of resource.locations) if (at) coordinates.push(at.latitude, at.longitude);
    starts.push(coordinates.length / 2);
  }
  return {
    checked: checkDates(resources),
    numbers: {
      columns: Object.fromEntries(columns) as TableNumbers['columns'],
      sites: { starts: Uint32Array.from(starts), coordinates: Float64Array.from(coordinates) },
      nameOrder: nameRanks(resources.map((r) => r.name)),
    },
    listings: resources.map(listingOf),
    names: resources.map(resourceNames),
  };
}

/**
 * Freezes what the table says of a record (its status, origin, regions, types,
 * names and locations: their countries and sites), so the record cannot come to
 * differ from its row.
 */
function freezeTabled(record: Resource): Resource {
  for (const location of record.locations) {
    if (location.coordinates) Object.freeze(location.coordinates);
    Object.freeze(location);
  }
  for (const list of [record.regions, record.types, record.aliases, record.formerNames, record.locations]) Object.freeze(list);
  return Object.freeze(record);
}

/**
 * The shipped resources, each parsed when first asked for and then kept, so a
 * record is the same object however it was reached (a filter, a search, the
 * whole list). What the table says of a record is frozen in it.
 */
export class ShippedPart implements TablePart {
  readonly size: number;
  readonly ids: readonly string[];
  private readonly records: Array<Resource | undefined>;
  private readonly columns = new Map<ColumnName, Column>();
  private namesOfRows: string[][] | undefined;
  private listingsOfRows: Listing[] | undefined;

  /** `read` gives what the build wrote: a record's JSON from where it lies, and the texts of the listings and the names, each read when needed. */
  constructor(
    private readonly table: PackedTable,
    private readonly numbers: TableNumbers,
    private readonly read: { record(start: number, end: number): string; listings(): string; names(): string },
  ) {
    this.ids = table.ids;
    this.size = table.ids.length;
    this.records = new Array<Resource | undefined>(this.size);
  }

  column(name: ColumnName): Column {
    let column = this.columns.get(name);
    if (!column) {
      const { starts, codes } = this.numbers.columns[name];
      column = inRowOrder(starts, codes);
      this.columns.set(name, column);
    }
    return column;
  }

  nameOrder(): Uint32Array {
    return this.numbers.nameOrder;
  }

  checkDates(): { oldest?: string; newest?: string } {
    return this.table.checked;
  }

  names(): string[][] {
    return (this.namesOfRows ??= JSON.parse(this.read.names()) as string[][]);
  }

  sites(): Sites {
    return this.numbers.sites;
  }

  listing(row: number): Listing {
    return (this.listingsOfRows ??= JSON.parse(this.read.listings()) as Listing[])[row] as Listing;
  }

  record(row: number): Resource {
    const { spans } = this.numbers;
    return (this.records[row] ??= freezeTabled(JSON.parse(this.read.record(spans[2 * row] as number, spans[2 * row + 1] as number)) as Resource));
  }
}
