import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLUMNS, Coding } from '../../src/data/columns.js';
import { ShippedPart, readTableNumbers, tableBytes } from '../../src/data/shipped-table.js';
import type { PackedTable } from '../../src/data/shipped-table.js';
import { PartsStore } from '../../src/data/store.js';
import { resourceListingsJson, resourceNamesJson, resourceTableJson, resourceTableNumbers, resourcesJson } from '../../src/generated/shipped-data.js';
import { join } from 'node:path';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { filterResources, loadDirectory, withDataFiles } from '../../src/index.js';
import { tempDir, writeSettled } from '../helpers/temp.js';
import type { Directory, Resource, Vocabularies } from '../../src/model.js';
import { namer } from '../../src/format/markers.js';
import { shippedCheckDates } from '../../src/data/shipped.js';
import { checkDates } from '../../src/query/age.js';
import { aboutReport } from '../../src/query/about.js';
import { regionCounts, typeCounts } from '../../src/query/filter.js';
import { nearest, nearestRows } from '../../src/query/near.js';
import { exactAmong, resourceCandidates, resourceNames } from '../../src/query/names.js';
import { CENTRE_TYPE } from '../../src/model.js';
import { listingOf } from '../../src/data/listing.js';

const shipped = loadDirectory();
const records = JSON.parse(resourcesJson) as Resource[];
const parse = JSON.parse;

/** The shipped directory over a store of its own, so what it parses can be counted from the start. */
function freshDirectory(): Directory {
  const table = JSON.parse(resourceTableJson) as PackedTable;
  const part = new ShippedPart(table, readTableNumbers(table.counts, resourceTableNumbers()), { record: (start, end) => resourcesJson.slice(start, end), listings: () => resourceListingsJson, names: () => resourceNamesJson });
  const directory = { ...shipped } as Directory;
  Object.defineProperty(directory, 'store', { value: new PartsStore(new Coding(shipped.vocabularies), [part]) });
  return directory;
}

/** How many records JSON.parse turns out while `run` runs: each is an object with an id and a status. */
function recordsParsed(run: () => void): number {
  let count = 0;
  vi.spyOn(JSON, 'parse').mockImplementation((text: string) => {
    const value = parse(text) as unknown;
    if (value !== null && typeof value === 'object' && 'id' in value && 'status' in value) count++;
    return value;
  });
  run();
  vi.restoreAllMocks();
  return count;
}

afterEach(() => vi.restoreAllMocks());

describe('the table of the shipped resources the build packs', () => {
  it('holds every record, in order, as the resources text has it', () => {
    expect(shipped.resources).toEqual(records);
    expect(shipped.store?.size).toBe(records.length);
    expect(Array.from({ length: records.length }, (_, row) => shipped.store?.record(row))).toEqual(records);
  });

  it('has the columns the program would make of those records', () => {
    const coding = new Coding(shipped.vocabularies);
    const store = shipped.store as PartsStore;
    for (const { name } of COLUMNS) {
      const made = coding.column(name, records);
      const packed = store.column(name);
      expect([Array.from(packed.starts), Array.from(packed.codes)], name).toEqual([Array.from(made.starts), Array.from(made.codes)]);
    }
  });

  it("has each record's sites and place by name, as the records would give them", () => {
    const store = shipped.store as PartsStore;
    const part = store.wholePart() as ShippedPart;
    const { starts, coordinates } = part.sites();
    records.forEach((r, row) => {
      const sites = r.locations.flatMap((l) => (l.coordinates ? [l.coordinates.latitude, l.coordinates.longitude] : []));
      expect(Array.from(coordinates.subarray(2 * (starts[row] as number), 2 * (starts[row + 1] as number))), r.id).toEqual(sites);
    });
    const byName = Array.from(part.nameOrder());
    expect(new Set(byName).size).toBe(records.length);
    const sorted = [...records.keys()].sort((a, b) => (byName[a] as number) - (byName[b] as number));
    expect(sorted.map((row) => records[row]?.id).slice(0, 3)).toEqual([...records].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1)).map((r) => r.id).slice(0, 3));
  });

  it('reads its numbers from the bytes the build wrote, wherever in memory they lie, and refuses bytes of another size', () => {
    const table = JSON.parse(resourceTableJson) as PackedTable;
    const bytes = resourceTableNumbers();
    const numbers = readTableNumbers(table.counts, bytes);
    expect(tableBytes(numbers)).toEqual({ counts: table.counts, bytes: new Uint8Array(bytes) });
    // A copy that starts 4 bytes into its memory: the 64-bit coordinates cannot be viewed there, so they are copied first.
    const shifted = new Uint8Array(bytes.byteLength + 4);
    shifted.set(bytes, 4);
    expect(readTableNumbers(table.counts, shifted.subarray(4))).toEqual(numbers);
    expect(() => readTableNumbers(table.counts, bytes.subarray(0, bytes.byteLength - 8))).toThrow(/not the size the build wrote: reinstall lms/);
    expect(() => readTableNumbers(table.counts.slice(1), bytes)).toThrow(/not the size the build wrote/);
  });

  it('has the earliest and latest check dates of the records, for the note a terminal shows when they are old', () => {
    expect(shippedCheckDates()).toEqual(checkDates(records));
    expect(shippedCheckDates().newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the counts of lms about from its columns, without reading a record', () => {
    let report: ReturnType<typeof aboutReport> | undefined;
    expect(recordsParsed(() => (report = aboutReport(freshDirectory(), '')))).toBe(0);
    const centres = records.filter((r) => r.types.includes(CENTRE_TYPE));
    expect(report?.counts).toMatchObject({
      resources: records.length,
      centres: centres.length,
      centreCountries: new Set(centres.flatMap((c) => c.locations.map((l) => l.country))).size,
      fromFlyer: records.filter((r) => r.origin === 'flyer').length,
      added: records.filter((r) => r.origin === 'added').length,
      byStatus: Object.fromEntries(['active', 'unknown', 'merged', 'closed'].map((s) => [s, records.filter((r) => r.status === s).length])),
    });
    expect(report?.checked).toEqual(checkDates(records));
  });

  it('freezes what the table says of each record, so a record cannot come to differ from its row', () => {
    const record = shipped.resources.find((r) => r.locations.some((l) => l.coordinates)) as Resource;
    expect(() => (record.regions as string[]).push('de')).toThrow(TypeError);
    expect(() => ((record as { status: string }).status = 'closed')).toThrow(TypeError);
    expect(() => ((record.locations[0] as { city?: string }).city = 'Elsewhere')).toThrow(TypeError);
  });

  it('is merged with a large data file without reading a shipped record', () => {
    const dir = tempDir();
    const file = writeSettled(dir, 'large.json', JSON.stringify(generateDirectory(2500, 3)));
    const options = { cacheDirectory: join(dir, 'cache') };
    // The first run indexes the file; the second reads the index.
    withDataFiles(freshDirectory(), [file], options);
    let merged: Directory | undefined;
    expect(recordsParsed(() => (merged = withDataFiles(freshDirectory(), [file], options).directory))).toBe(0);
    expect(merged?.store?.size).toBe(records.length + 2500);
    expect(filterResources(merged as Directory, { regions: ['nz'], types: ['helpline'] }).map((m) => m.resource.id)).toEqual(
      filterResources(withDataFiles(loadDirectory(), [file]).directory, { regions: ['nz'], types: ['helpline'] }).map((m) => m.resource.id),
    );
  });

  it('lists each record as its record would be listed', () => {
    const store = freshDirectory().store as PartsStore;
    expect(Array.from({ length: store.size }, (_, row) => store.listing(row))).toEqual(records.map(listingOf));
    expect(records.some((r) => r.phones.length === 0) && records.some((r) => r.websites.length === 0)).toBe(true);
  });

  it('gives a record as one object however it is reached', () => {
    const [first] = filterResources(shipped, { regions: ['nz'] });
    expect(shipped.resources).toContain(first?.resource);
  });

  it('lets a filter parse only the records asked for, a list of what it found none, and a count none', () => {
    let shown = 0;
    expect(recordsParsed(() => (shown = filterResources(freshDirectory(), { regions: ['nz'], types: ['helpline'] }).map((m) => m.resource).length))).toBe(shown);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(records.length / 10);
    expect(recordsParsed(() => filterResources(freshDirectory(), { all: true }).map((m) => m.listing))).toBe(0);
    expect(recordsParsed(() => regionCounts(freshDirectory()))).toBe(0);
    expect(recordsParsed(() => typeCounts(freshDirectory()))).toBe(0);
  });

  it('knows the names each record answers to, so an exact name reads only the record it names', () => {
    expect(resourceCandidates(freshDirectory()).map((c) => c.names)).toEqual(records.map(resourceNames));
    let found: Resource | undefined;
    expect(recordsParsed(() => (found = exactAmong(resourceCandidates(freshDirectory()), 'Macmillan Cancer Support')))).toBe(1);
    expect(found?.id).toBe('macmillan');
  });

  it('reads the records nearest a place first, and finds the same nearest ones as reading them all', () => {
    const centres = records.map((r, row) => [r, row] as const).filter(([r]) => r.types.includes(CENTRE_TYPE));
    const rows = centres.map(([, row]) => row);
    const services = [...new Set(records.flatMap((r) => r.services))];
    const place = fc.record({ latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }) });
    // Places where centres stand, and so where distances tie (several centres in one town).
    const atCentre = fc.constantFrom(...records.flatMap((r) => r.locations.flatMap((l) => (l.coordinates ? [{ latitude: l.coordinates.latitude, longitude: l.coordinates.longitude }] : []))));
    fc.assert(
      fc.property(fc.oneof(place, atCentre), fc.integer({ min: 1, max: 40 }), fc.option(fc.constantFrom(...services), { nil: undefined }), (from, limit, service) => {
        const passes = (r: Resource) => service === undefined || r.services.includes(service);
        const all = nearest(centres.map(([r]) => r).filter(passes), from);
        let parsed = 0;
        const directory = freshDirectory();
        const read = recordsParsed(() => {
          const found = nearestRows(directory.store as PartsStore, rows, from, limit, passes);
          expect(found.nearby).toEqual(all.nearby.slice(0, limit));
          expect(found.unplaced).toBe(all.unplaced);
          parsed = found.nearby.length;
        });
        // What a user is shown, what ties with the last of it, what a service filter turns away, and what has no place on the map.
        if (service === undefined) expect(read).toBeLessThan(parsed + 10);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the names of the shipped places', () => {
  it("are each place's name, kept apart so a card names a record's places without reading every place", () => {
    const { regionNames, regions } = shipped.vocabularies;
    expect(regionNames).toEqual(Object.fromEntries(regions.map((r) => [r.id, r.name])));
    // Not printed with the vocabularies.
    expect(Object.keys(shipped.vocabularies)).not.toContain('regionNames');
  });

  it('name the places on a card without reading every place', () => {
    const vocabularies = { ...shipped.vocabularies, regionNames: shipped.vocabularies.regionNames } as Vocabularies;
    Object.defineProperty(vocabularies, 'regions', { get: () => expect.unreachable('every place was read') });
    expect(['us', 'gb-sct', 'no-such-place'].map(namer(vocabularies).region)).toEqual(['United States', 'Scotland', 'no-such-place']);
  });
});
