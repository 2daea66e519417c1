// The directory's resources as a store: one row per resource, with the
// filterable columns (columns.ts) and, where a part has them, its rows indexed
// for search, so filters and search take a record only when it is shown. A
// large directory read from an index file (index-file.ts) parses just those
// records. The query layer sees only the Store interface.
import type { Directory, Resource, Vocabularies } from '../model.js';
import { Coding, inRowOrder } from './columns.js';
import type { Column, ColumnName } from './columns.js';
import { listingOf } from './listing.js';
import type { Listing } from './listing.js';
import type { IndexedRows } from '../query/rows-index.js';
import type { PackedIndex } from '../query/engine.js';

/**
 * Where rows' locations with coordinates are: row i's are the latitude,
 * longitude pairs starts[i] up to starts[i + 1] of coordinates, in the order of
 * its locations.
 */
export interface Sites {
  starts: Uint32Array;
  coordinates: Float64Array;
}

/** What the query layer reads: rows, their columns, their records, and the parts they come from. */
export interface Store {
  readonly size: number;
  column(name: ColumnName): StoreColumn;
  record(row: number): Resource;
  /** What a list shows of a row (listing.ts): read from the part's table where it has one, else from the record. */
  listing(row: number): Listing;
  /** The parts the rows come from, each with the store row of each of its rows (-1 where a later file's record replaced it). */
  placedParts(): ReadonlyArray<{ part: TablePart; rows: Int32Array }>;
  /** Where a row comes from: its part, and its row there. */
  locate(row: number): { part: TablePart; row: number };
  /**
   * The one part that holds all of the store's rows, in order, if there is one
   * (the shipped directory's table): what it knows of its rows without reading
   * them (sites, names, check dates) is then the store's.
   */
  wholePart(): TablePart | undefined;
}

/** A column with the value each code stands for. */
export interface StoreColumn extends Column {
  readonly values: readonly string[];
}

/** Rows with one source: a list of records, an index file, or the shipped table (shipped-table.ts). */
export interface TablePart {
  readonly size: number;
  readonly ids: readonly string[];
  column(name: ColumnName): Column;
  record(row: number): Resource;
  /** What a list shows of a row (listing.ts), for a part that knows without reading its record. */
  listing?(row: number): Listing;
  /**
   * The rows indexed for search, where the part has them at hand (an index
   * file's); `made` indexes the records, for a part whose own index turns out
   * damaged.
   */
  searchRows?(made: () => IndexedRows): IndexedRows | undefined;
  /** Keeps the rows indexed for search now, for the next run: a part whose index file does not hold them yet adds them. */
  keep?(search: IndexedRows<PackedIndex>): void;
  /** Where each row's locations are on the map, for a part that knows without reading its records. */
  sites?(): Sites;
  /** The names each row answers to (query/names.ts), for a part that knows without reading its records. */
  names?(): readonly string[][];
  /** Each row's place when the rows are sorted by name (nameRanks in query/normalize.ts), for a part that knows without reading its records. */
  nameOrder?(): Uint32Array;
  /** The earliest and the most recent check among the rows (query/age.ts), for a part that knows without reading its records. */
  checkDates?(): { oldest?: string; newest?: string };
}

/** Freezes a value and everything in it, so a record the store holds cannot change behind its columns. */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freezeDeep(inner);
  }
  return value;
}

/** The columns of records already in memory, made when first asked for. */
export class RecordsPart implements TablePart {
  readonly size: number;
  private readonly columns = new Map<ColumnName, Column>();

  /** `keep`: where records indexed for search are kept, for records just written to an index file. */
  constructor(
    readonly resources: readonly Resource[],
    private readonly coding: Coding,
    readonly keep?: (search: IndexedRows<PackedIndex>) => void,
  ) {
    this.size = resources.length;
  }

  get ids(): string[] {
    return this.resources.map((r) => r.id);
  }

  column(name: ColumnName): Column {
    let column = this.columns.get(name);
    if (!column) {
      column = this.coding.column(name, this.resources);
      this.columns.set(name, column);
    }
    return column;
  }

  record(row: number): Resource {
    return this.resources[row] as Resource;
  }

}

/** Rows `at` to `at + count - 1` of a store are rows `first` to `first + count - 1` of part `part`. */
export interface Run {
  at: number;
  part: number;
  first: number;
  count: number;
}

/** Where each row of a table comes from, in table order: its part, and its row within the part. */
export class Placements {
  size = 0;
  readonly part: Uint32Array;
  readonly row: Int32Array;
  /** The rows as runs, kept while rows are only added; a replacement ends them (see PartsStore.runs). */
  runs: Run[] | undefined = [];

  /** Room for every row of these parts, the most a table of them can have. */
  constructor(parts: readonly TablePart[]) {
    const capacity = parts.reduce((n, p) => n + p.size, 0);
    this.part = new Uint32Array(capacity);
    this.row = new Int32Array(capacity);
  }

  /** Adds one row at the end, and says where it went. */
  add(part: number, row: number): number {
    this.part[this.size] = part;
    this.row[this.size] = row;
    this.extend(part, row, 1);
    return this.size++;
  }

  /** Adds every row of a part, in order. */
  addAll(part: number, count: number): void {
    this.part.fill(part, this.size, this.size + count);
    for (let row = 0; row < count; row++) this.row[this.size + row] = row;
    this.extend(part, 0, count);
    this.size += count;
  }

  /** Puts a row in place `at`, replacing the one there. */
  set(at: number, part: number, row: number): void {
    this.part[at] = part;
    this.row[at] = row;
    this.runs = undefined;
  }

  private extend(part: number, first: number, count: number): void {
    const last = this.runs?.at(-1);
    if (last && last.part === part && last.first + last.count === first && last.at + last.count === this.size) last.count += count;
    else this.runs?.push({ at: this.size, part, first, count });
  }
}

/** Every row of every part, in order. */
function allRows(parts: readonly TablePart[]): Placements {
  const placements = new Placements(parts);
  parts.forEach((p, part) => placements.addAll(part, p.size));
  return placements;
}

/**
 * The rows of one or more parts, in order. A row can be left out (a later
 * file replaced it) or taken from another part in its place, as the data
 * files' merge decides. Each column is put together when first asked for.
 */
export class PartsStore implements Store {
  readonly size: number;
  /** For each part, the store row of each of its rows, or -1 when it is not in the store: made when first asked for. */
  private rowsOfParts: readonly Int32Array[] | undefined;
  private readonly partOf: Uint32Array;
  private readonly localOf: Int32Array;
  private readonly columns = new Map<ColumnName, StoreColumn>();
  private placedRuns: Run[] | undefined;

  constructor(
    private readonly coding: Coding,
    private readonly parts: readonly TablePart[],
    placements: Placements = allRows(parts),
  ) {
    const { size } = placements;
    this.size = size;
    this.placedRuns = placements.runs;
    this.partOf = placements.part.subarray(0, size);
    this.localOf = placements.row.subarray(0, size);
  }

  private get rowsOf(): readonly Int32Array[] {
    if (!this.rowsOfParts) {
      const rowsOf = this.parts.map((p) => new Int32Array(p.size).fill(-1));
      for (let i = 0; i < this.size; i++) (rowsOf[this.partOf[i] as number] as Int32Array)[this.localOf[i] as number] = i;
      this.rowsOfParts = rowsOf;
    }
    return this.rowsOfParts;
  }

  column(name: ColumnName): StoreColumn {
    let column = this.columns.get(name);
    if (!column) {
      // The values are asked for only by what needs them: counting a column's codes needs none (a country's are the places').
      const { coding } = this;
      let values: readonly string[] | undefined;
      column = { ...this.gather(name), get values() { return (values ??= coding.values(name)); } };
      this.columns.set(name, column);
    }
    return column;
  }

  /**
   * The parts' columns in store order. The largest run of rows from one part
   * (most often a whole large file) keeps its codes where they are, copied
   * whole, so its rows' starts and ends are copied without a loop in
   * JavaScript; the other rows' codes follow.
   */
  private gather(name: ColumnName): Column {
    const from = this.parts.map((p) => p.column(name));
    if (from.length === 1 && this.size === (this.parts[0] as TablePart).size) return from[0] as Column;
    const runs = this.runs;
    if (runs.length === 0) return inRowOrder(new Uint32Array(1), new Uint32Array(0));
    const main = runs.reduce((best, r) => (r.count > best.count ? r : best));
    const big = from[main.part] as Column;
    const span = (r: Run) => {
      const c = from[r.part] as Column;
      let n = 0;
      for (let k = r.first; k < r.first + r.count; k++) n += (c.ends[k] as number) - (c.starts[k] as number);
      return n;
    };
    const codes = new Uint32Array(big.codes.length + runs.reduce((n, r) => (r === main ? n : n + span(r)), 0));
    codes.set(big.codes);
    const starts = new Uint32Array(this.size);
    const ends = new Uint32Array(this.size);
    starts.set(big.starts.subarray(main.first, main.first + main.count), main.at);
    ends.set(big.ends.subarray(main.first, main.first + main.count), main.at);
    let at = big.codes.length;
    for (const run of runs) {
      if (run === main) continue;
      const c = from[run.part] as Column;
      for (let k = 0; k < run.count; k++) {
        const row = run.first + k;
        starts[run.at + k] = at;
        for (let i = c.starts[row] as number; i < (c.ends[row] as number); i++) codes[at++] = c.codes[i] as number;
        ends[run.at + k] = at;
      }
    }
    return { starts, ends, codes };
  }

  /** The rows as runs: as the merge added them, or, after a replacement, found anew. */
  private get runs(): Run[] {
    if (this.placedRuns) return this.placedRuns;
    const runs: Run[] = [];
    for (let i = 0; i < this.size; ) {
      const part = this.partOf[i] as number;
      const first = this.localOf[i] as number;
      let j = i + 1;
      while (j < this.size && this.partOf[j] === part && this.localOf[j] === first + (j - i)) j++;
      runs.push({ at: i, part, first, count: j - i });
      i = j;
    }
    return (this.placedRuns = runs);
  }

  record(row: number): Resource {
    return (this.parts[this.partOf[row] as number] as TablePart).record(this.localOf[row] as number);
  }

  listing(row: number): Listing {
    // Not through locate: a list asks for every row's listing, and an object for each is garbage.
    const part = this.parts[this.partOf[row] as number] as TablePart;
    const local = this.localOf[row] as number;
    return part.listing ? part.listing(local) : listingOf(part.record(local));
  }

  placedParts(): Array<{ part: TablePart; rows: Int32Array }> {
    return this.parts.map((part, p) => ({ part, rows: this.rowsOf[p] as Int32Array }));
  }

  locate(row: number): { part: TablePart; row: number } {
    return { part: this.parts[this.partOf[row] as number] as TablePart, row: this.localOf[row] as number };
  }

  wholePart(): TablePart | undefined {
    const [part] = this.parts;
    return this.parts.length === 1 && part !== undefined && this.size === part.size ? part : undefined;
  }

  /** Every record, in order: parses them all when they come from an index file. */
  records(): Resource[] {
    return Array.from({ length: this.size }, (_, i) => this.record(i));
  }
}

/** A store over records in memory. */
export function storeOver(resources: readonly Resource[], vocabularies: Vocabularies): PartsStore {
  const coding = new Coding(vocabularies);
  return new PartsStore(coding, [new RecordsPart(resources, coding)]);
}

/**
 * The store of a directory: the one it was made with (withDataFiles), or else
 * one over its records, made afresh for each query, so nothing is kept on a
 * list of records that could change. A copy of a directory with other
 * resources ({ ...directory, resources }) does not carry the store, which is
 * not enumerable.
 */
export function storeOf(directory: Directory): Store {
  return directory.store ?? storeOver(directory.resources, directory.vocabularies);
}

/**
 * A frozen directory over a store. Its `resources` list is made on first use,
 * so commands that only filter or search never parse every record.
 */
export function directoryWithStore(base: Omit<Directory, 'resources' | 'store'>, store: PartsStore): Directory {
  let resources: readonly Resource[] | undefined;
  const directory = {
    sections: base.sections,
    vocabularies: base.vocabularies,
    about: base.about,
    checklist: base.checklist,
    get resources() {
      return (resources ??= Object.freeze(store.records()));
    },
  } as Directory;
  Object.defineProperty(directory, 'store', { value: store, enumerable: false });
  return Object.freeze(directory);
}
