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

/** The table as the build writes it, beside the resources' JSON text. */
export interface PackedTable {
  ids: string[];
  /** Record i is the text's characters spans[2i] up to spans[2i + 1]. */
  spans: number[];
  columns: Record<ColumnName, { starts: number[]; codes: number[] }>;
  /** The earliest and the most recent check among the records: a terminal is told when even the newest is old. */
  checked: { oldest?: string; newest?: string };
  /** Where each record's locations with coordinates are, as a column of latitude, longitude pairs. */
  sites: { starts: number[]; coordinates: number[] };
  /** Each record's place when the records are sorted by name. */
  nameOrder: number[];
}

/** What a list shows of a record but its id (listing.ts), as the build packs it: null for no phone or web address. */
type PackedListing = [name: string, status: Listing['status'], regions: string[], types: string[], phone: string | null, website: string | null];

/**
 * What the build packs: the table; what a list shows of each record, a text of
 * its own that only a list reads; and the names each record answers to, one
 * that only a lookup by name reads.
 */
export interface PackedResources {
  table: Omit<PackedTable, 'ids' | 'spans'>;
  listings: PackedListing[];
  names: string[][];
}

/** Build time: the columns of the records, coded as the program codes them (columns.ts), their check dates, sites and names. */
export function packTable(resources: readonly Resource[], vocabularies: Vocabularies): PackedResources {
  const coding = new Coding(vocabularies);
  const columns = COLUMNS.map(({ name }) => {
    const { starts, codes } = coding.column(name, resources);
    return [name, { starts: Array.from(starts), codes: Array.from(codes) }] as const;
  });
  const starts = [0];
  const coordinates: number[] = [];
  for (const resource of resources) {
    for (const { coordinates: at } of resource.locations) if (at) coordinates.push(at.latitude, at.longitude);
    starts.push(coordinates.length / 2);
  }
  const listings = resources.map((resource): PackedListing => {
    const { name, status, regions, types, phone, website } = listingOf(resource);
    return [name, status, [...regions], [...types], phone ?? null, website ?? null];
  });
  return {
    table: {
      columns: Object.fromEntries(columns) as PackedTable['columns'],
      checked: checkDates(resources),
      sites: { starts, coordinates },
      nameOrder: Array.from(nameRanks(resources.map((r) => r.name))),
    },
    listings,
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
  private listingsOfRows: PackedListing[] | undefined;
  private sitesOfRows: Sites | undefined;
  private namesInOrder: Uint32Array | undefined;

  /** `read` gives what the build wrote: a record's JSON from where it lies, and the texts of the listings and the names, each read when needed. */
  constructor(
    private readonly table: PackedTable,
    private readonly read: { record(start: number, end: number): string; listings(): string; names(): string },
  ) {
    this.ids = table.ids;
    this.size = table.ids.length;
    this.records = new Array<Resource | undefined>(this.size);
  }

  column(name: ColumnName): Column {
    let column = this.columns.get(name);
    if (!column) {
      const { starts, codes } = this.table.columns[name];
      column = inRowOrder(Uint32Array.from(starts), Uint32Array.from(codes));
      this.columns.set(name, column);
    }
    return column;
  }

  nameOrder(): Uint32Array {
    return (this.namesInOrder ??= Uint32Array.from(this.table.nameOrder));
  }

  checkDates(): { oldest?: string; newest?: string } {
    return this.table.checked;
  }

  names(): string[][] {
    return (this.namesOfRows ??= JSON.parse(this.read.names()) as string[][]);
  }

  sites(): Sites {
    return (this.sitesOfRows ??= { starts: Uint32Array.from(this.table.sites.starts), coordinates: Float64Array.from(this.table.sites.coordinates) });
  }

  listing(row: number): Listing {
    // Read by index: destructuring an array walks an iterator, an object for each element, and a list reads every row.
    const packed = (this.listingsOfRows ??= JSON.parse(this.read.listings()) as PackedListing[])[row] as PackedListing;
    const listing: Listing = { id: this.ids[row] as string, name: packed[0], status: packed[1], regions: packed[2], types: packed[3] };
    if (packed[4] !== null) listing.phone = packed[4];
    if (packed[5] !== null) listing.website = packed[5];
    return listing;
  }

  record(row: number): Resource {
    return (this.records[row] ??= freezeTabled(JSON.parse(this.read.record(this.table.spans[2 * row] as number, this.table.spans[2 * row + 1] as number)) as Resource));
  }
}
