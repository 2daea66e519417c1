import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { SearchIndex, completeResource, filterResources, loadDirectory, toHsds, withDataFiles } from '../../src/index.js';
import type { Directory, Resource } from '../../src/index.js';
import { INDEX_FROM_BYTES } from '../../src/data/index-file.js';
import { tempDir, writeSettled } from '../helpers/temp.js';

const base = loadDirectory();

/** A data file an hour old, so lms indexes it. */
const settled = (name: string, content: unknown) => writeSettled(tempDir(), name, content);

/** What a user sees of the file: a filter's records in full, a record by row, and a search. */
function view(file: string, cacheDirectory?: string): string {
  const { directory } = withDataFiles(base, [file], cacheDirectory === undefined ? {} : { cacheDirectory });
  const filtered = filterResources(directory, { regions: ['nz'], types: ['helpline'] }).map((m) => m.resource);
  const found = new SearchIndex(directory).search('peer mentr', { limit: 10 }).map((h) => `${h.id} ${h.relevance}`);
  return JSON.stringify({ filtered, found, last: directory.resources.at(-1) });
}

/** Where each block of an index file lies, [first byte, length], read from its header (see index-file.ts). */
function blocksOf(index: Buffer): Record<string, [number, number]> {
  const magic = 'lms index\n'.length;
  const length = index.readUInt32LE(magic);
  const { blocks } = JSON.parse(index.toString('utf8', magic + 8, magic + 8 + length)) as { blocks: Record<string, [number, number, number]> };
  const start = Math.ceil((magic + 8 + length) / 8) * 8;
  return Object.fromEntries(Object.entries(blocks).map(([name, [offset, size]]) => [name, [start + offset, size]]));
}

/** Positions to damage: `count` over the header's first kilobyte (magic, lengths, sums, offsets), as many evenly over the whole. */
function positions(size: number, count: number): number[] {
  const header = Array.from({ length: count }, (_, i) => Math.floor((i * 1024) / count)).filter((p) => p < size);
  const spread = Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * size) / count));
  return [...new Set([...header, ...spread])];
}

// Each damaged index costs a reading of the whole file, so the files are a few times the size from
// which a file is indexed, no more; converting HSDS costs more, so it gets fewer positions.
describe.each([
  ['in the lms format, records read from the file', () => generateDirectory(400, 13) as Resource[], 70],
  ['converted from HSDS, records kept in the index', () => toHsds((generateDirectory(250, 17) as Resource[]).map(completeResource), base.vocabularies), 40],
])('an index of a large file %s', (_, make, count) => {
  const file = settled('large.json', make());
  const expected = view(file);

  it('is of a file large enough to index, whose filter and search find records', () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(INDEX_FROM_BYTES);
    const { filtered, found } = JSON.parse(expected) as { filtered: unknown[]; found: unknown[] };
    expect(filtered.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThan(0);
  });
  /** A cache folder of the test's own, so no test starts from an index another damaged. */
  let cache = tempDir();
  beforeEach(() => {
    cache = tempDir();
  });
  /** The index, as a run writes it when there is none (or a damaged one was removed). */
  const sound = () => {
    expect(view(file, cache)).toBe(expected);
    const [name] = readdirSync(cache).filter((f) => f.endsWith('.lmsindex'));
    expect(name).toBeDefined();
    return join(cache, name as string);
  };

  it('gives the same output as reading the file, whatever byte of it is damaged', () => {
    const index = sound();
    const whole = readFileSync(index);
    for (const at of positions(whole.length, count)) {
      const damaged = Buffer.from(whole);
      damaged[at] = (damaged[at] as number) ^ 0x5a;
      writeFileSync(index, damaged);
      expect(view(file, cache), `byte ${at} of ${whole.length}`).toBe(expected);
    }
  }, 120_000);

  it('removes an index whose block does not match its checksum, and a later run writes a sound one', () => {
    const index = sound();
    const whole = readFileSync(index);
    const blocks = blocksOf(whole);
    // Blocks read when the index is opened (ids, where records lie), and when a search first needs them (lengths, names).
    const middle = (name: string) => (blocks[name] as [number, number])[0] + Math.floor((blocks[name] as [number, number])[1] / 2);
    for (const at of [middle('ids'), middle('spans'), middle('lengths'), middle('names')]) {
      const damaged = Buffer.from(whole);
      damaged[at] = (damaged[at] as number) ^ 0x01;
      writeFileSync(index, damaged);
      expect(view(file, cache)).toBe(expected);
      expect(existsSync(index) ? readFileSync(index).equals(damaged) : false, `byte ${at}`).toBe(false);
      expect(readFileSync(sound()).equals(whole)).toBe(true);
    }
  });

  it('finds damaged postings when a search reads them: the search answers as without an index, and the index is removed', () => {
    const index = sound();
    const whole = readFileSync(index);
    const blocks = blocksOf(whole);
    const [postings, size] = blocks.postings as [number, number];
    const at = postings + Math.floor(size / 2);
    const damaged = Buffer.from(whole);
    damaged[at] = (damaged[at] as number) ^ 0x01;
    writeFileSync(index, damaged);
    // The term whose postings hold the damaged byte: term t's are 32-bit numbers termStarts[t] up to termStarts[t + 1].
    const [termsAt, termsSize] = blocks.terms as [number, number];
    const [startsAt, startsSize] = blocks.termStarts as [number, number];
    const starts = new Uint32Array(Uint8Array.from(whole.subarray(startsAt, startsAt + startsSize)).buffer);
    const term = whole.toString('utf8', termsAt, termsAt + termsSize).split('\n')[starts.findIndex((start) => 4 * start > at - postings) - 1] as string;
    const hits = (directory: Directory) => new SearchIndex(directory).search(term).map((h) => `${h.id} ${h.relevance}`);
    const indexed = withDataFiles(base, [file], { cacheDirectory: cache }).directory;
    expect(existsSync(index)).toBe(true);
    expect(hits(indexed), term).toEqual(hits(withDataFiles(base, [file]).directory));
    expect(existsSync(index)).toBe(false);
  }, 60_000);

  it('is not used when cut short, and is rewritten', () => {
    const index = sound();
    const whole = readFileSync(index);
    writeFileSync(index, whole.subarray(0, whole.length - 100));
    expect(view(file, cache)).toBe(expected);
    expect(readFileSync(sound()).equals(whole)).toBe(true);
  });
});
