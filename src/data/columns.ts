// The filterable columns of the store, declared once. The in-memory store,
// the index of a large data file and the merge of data files all follow this
// list: a new filterable field is one entry here, and a new region or type is
// one entry in data/vocabularies.json.
import type { Resource, Vocabularies } from '../model.js';

/** Where a record comes from: named in the flyer, or added since. */
export const ORIGINS = ['flyer', 'added'] as const;

export interface ColumnSpec<Name extends string = string> {
  readonly name: Name;
  /** The values the column can hold, in code order. */
  values(vocabularies: Vocabularies): readonly string[];
  /** The values of one record. */
  of(resource: Resource): readonly string[];
}

export const COLUMNS = [
  { name: 'status', values: (v) => v.statuses.map((s) => s.id), of: (r) => [r.status] },
  { name: 'origin', values: () => ORIGINS, of: (r) => [r.origin] },
  { name: 'regions', values: (v) => v.regions.map((r) => r.id), of: (r) => r.regions },
  { name: 'types', values: (v) => v.types.map((t) => t.id), of: (r) => r.types },
  // The countries a record's locations are in (ISO 3166-1 alpha-2), as the places know them.
  { name: 'countries', values: (v) => v.regions.flatMap((r) => (r.countryCode ? [r.countryCode] : [])), of: (r) => r.locations.map((l) => l.country) },
] as const satisfies ReadonlyArray<ColumnSpec<'status' | 'origin' | 'regions' | 'types' | 'countries'>>;

export type ColumnName = (typeof COLUMNS)[number]['name'];

const specOf = (name: ColumnName) => COLUMNS.find((c) => c.name === name) as ColumnSpec;

/**
 * One column of many rows: row i holds the codes codes[starts[i]] up to
 * codes[ends[i]], each a value's position in the column's values. A record
 * has one status and any number of regions: both are stored alike, with no
 * cap on how many values a vocabulary has. Written in row order, ends is
 * starts shifted by one (a view, not a copy); a store of several parts can
 * lay the codes of its largest part first, copied whole (store.ts).
 */
export interface Column {
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly codes: Uint32Array;
}

/** A column whose rows' codes lie in row order. */
export function inRowOrder(starts: Uint32Array, codes: Uint32Array): Column {
  return { starts, ends: starts.subarray(1), codes };
}

/** The code of each value of each column, from the vocabularies' order. */
export class Coding {
  /** Made for each column when first needed: a filter by type need not read the places. */
  private readonly numbers = new Map<ColumnName, ReadonlyMap<string, number>>();

  constructor(readonly vocabularies: Vocabularies) {}

  /** The values of a column, in code order. */
  values(name: ColumnName): readonly string[] {
    return specOf(name).values(this.vocabularies);
  }

  private numbersOf(name: ColumnName): ReadonlyMap<string, number> {
    let numbers = this.numbers.get(name);
    if (!numbers) {
      numbers = new Map(this.values(name).map((value, i) => [value, i]));
      this.numbers.set(name, numbers);
    }
    return numbers;
  }

  /** How many values the column can hold. */
  count(name: ColumnName): number {
    return this.numbersOf(name).size;
  }

  /** The column of these records. Values the vocabulary lacks are left out (validation refuses them first). */
  column(name: ColumnName, resources: readonly Resource[]): Column {
    const spec = specOf(name);
    const numbers = this.numbersOf(name);
    const starts = new Uint32Array(resources.length + 1);
    const codes: number[] = [];
    resources.forEach((resource, row) => {
      for (const value of spec.of(resource)) {
        const code = numbers.get(value);
        if (code !== undefined) codes.push(code);
      }
      starts[row + 1] = codes.length;
    });
    return inRowOrder(starts, Uint32Array.from(codes));
  }
}

/** Whether row `row` of a column holds a code the mask has. */
export function holdsAny(column: Column, row: number, mask: Uint8Array): boolean {
  const { starts, codes } = column;
  for (let i = starts[row] as number, end = column.ends[row] as number; i < end; i++) if (mask[codes[i] as number]) return true;
  return false;
}

// Rows' codes are read in place, with indexed loops: a view of a row's codes, or a for-of over
// them, is an object or two for every row, and counts and filters visit every row.

/** Calls `visit` with each of row `row`'s codes, in order. */
export function forEachCode(column: Column, row: number, visit: (code: number) => void): void {
  const { codes } = column;
  for (let i = column.starts[row] as number, end = column.ends[row] as number; i < end; i++) visit(codes[i] as number);
}

/** Whether row `row` holds `code`. */
export function holdsCode(column: Column, row: number, code: number): boolean {
  const { codes } = column;
  for (let i = column.starts[row] as number, end = column.ends[row] as number; i < end; i++) if (codes[i] === code) return true;
  return false;
}

/**
 * Whether a column read from elsewhere (an index file) has a row for each of
 * `size` rows, its codes all accounted for. Cheap on purpose: a code out of
 * range matches no filter and breaks nothing.
 */
export function wellFormed(column: Column, size: number): boolean {
  const { starts, codes } = column;
  return starts.length === size + 1 && starts[0] === 0 && starts[size] === codes.length;
}
