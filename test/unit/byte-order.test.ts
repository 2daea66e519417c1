import { describe, expect, it } from 'vitest';
import { LITTLE_ENDIAN, reverseEach } from '../../src/data/byte-order.js';
import { readTableNumbers, tableBytes } from '../../src/data/shipped-table.js';
import type { PackedTable } from '../../src/data/shipped-table.js';
import { packIndex, readIndex, storeIndex } from '../../src/query/engine.js';
import { resourceTableJson, resourceTableNumbers } from '../../src/generated/shipped-data.js';

/** The bytes a machine of the other order would make of the same numbers. */
function turned(bytes: Uint8Array, regions: Array<[start: number, end: number, size: number]>): Uint8Array {
  const copy = new Uint8Array(bytes);
  for (const [start, end, size] of regions) reverseEach(copy, start, end, size);
  return copy;
}

describe('the byte order of the binary files the build writes', () => {
  it("knows this machine's order, and turns each number around", () => {
    // A DataView reads little-endian when told to, whatever the machine: equal only where typed arrays do too.
    expect(LITTLE_ENDIAN).toBe(new DataView(Uint16Array.of(1).buffer).getUint16(0, true) === 1);
    const bytes = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
    reverseEach(bytes, 0, 8, 4);
    expect(Array.from(bytes)).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
    reverseEach(bytes, 2, 6, 2);
    expect(Array.from(bytes)).toEqual([4, 3, 1, 2, 7, 8, 6, 5]);
  });

  it("gives the shipped table's numbers on a big-endian machine as on this one, and writes them the same", () => {
    const table = JSON.parse(resourceTableJson) as PackedTable;
    const bytes = resourceTableNumbers();
    const numbers = readTableNumbers(table.counts, bytes);
    const integers = 4 * table.counts.slice(0, -1).reduce((n, c) => n + c, 0);
    const coordinates = integers + (integers % 8);
    // What a big-endian machine's typed arrays see when they view these bytes, taken the other way round here.
    const asSeenThere = turned(bytes, [
      [0, integers, 4],
      [coordinates, bytes.length, 8],
    ]);
    expect(readTableNumbers(table.counts, asSeenThere, false)).toEqual(numbers);
    expect(Array.from(tableBytes(readTableNumbers(table.counts, asSeenThere, false), true).bytes)).toEqual(Array.from(bytes));
    expect(Array.from(tableBytes(numbers, false).bytes)).toEqual(Array.from(asSeenThere));
  });

  it("gives the search index's numbers on a big-endian machine as on this one", () => {
    const documents = ['second opinion', 'sarcoma centre leeds', 'what to bring to the appointment'];
    const packed = packIndex(documents.length, (d) => ({ title: documents[d] as string, aliases: [], tags: [], places: [], body: 'a sarcoma specialist' }));
    const { stored, numbers } = storeIndex(packed);
    const wide = 4 * (stored.counts[0] + stored.counts[1]);
    const asSeenThere = turned(numbers, [
      [0, wide, 4],
      [wide, numbers.length, 2],
    ]);
    expect(Array.from(storeIndex(packed, false).numbers)).toEqual(Array.from(asSeenThere));
    const here = readIndex(stored, numbers);
    const there = readIndex(stored, asSeenThere, false);
    expect(Array.from(there.lengths)).toEqual(Array.from(here.lengths));
    for (let t = 0; t < 5; t++) expect(Array.from(there.postings(t))).toEqual(Array.from(here.postings(t)));
  });
});
