import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { SearchIndex, completeResource, loadDirectory, withDataFiles } from '../../src/index.js';
import type { Resource } from '../../src/index.js';
import { INDEX_FROM_BYTES, IndexPart } from '../../src/data/index-file.js';
import { tempDir, writeSettled } from '../helpers/temp.js';

// Real words, typos, several words, names, a word only in types, a phrase from the flyer.
const QUERIES = [
  'second opinion',
  'secnd opinion',
  'sarcoma',
  'sarcma',
  'leiomyosarcma',
  'Leeds helpline',
  'peer mentr',
  'nurse',
  'suport group',
  'retroperitonal',
  'financial help',
  'Toronto foundation',
  'chemotherapy radiation surgery',
  'find a specialist',
  'grants',
];

const top = (index: SearchIndex, query: string, limit: number) => index.search(query, { limit }).map((h) => `${h.id} ${h.relevance}`);


describe('search over a large data file, read whole and from its index', () => {
  const shipped = loadDirectory();
  // Synthetic records, one of them a shipped record renamed: it replaces that record where it stands.
  const macmillan = shipped.resources.find((r) => r.id === 'macmillan') as Resource;
  const renamed = { ...macmillan, name: 'Macmillan Zebra Support', aliases: [] };
  const records = [...(generateDirectory(10_000, 7) as Resource[]).map(completeResource), renamed];
  const file = writeSettled(tempDir(), 'large.json', records);
  const cacheDirectory = tempDir();
  // In memory: the same records, as a directory made in code, indexed when searched.
  const inMemory = new SearchIndex({ ...shipped, resources: [...shipped.resources.map((r) => (r.id === 'macmillan' ? renamed : r)), ...records.slice(0, -1)] });
  // The first run reads the file whole and writes its index; its first search adds the records indexed for search.
  const firstRun = new SearchIndex(withDataFiles(shipped, [file], { cacheDirectory }).directory);
  const index = () => join(cacheDirectory, readdirSync(cacheDirectory).find((f) => f.endsWith('.lmsindex')) as string);
  const withoutSearch = statSync(index()).size;
  firstRun.search('sarcoma');
  const indexed = withDataFiles(shipped, [file], { cacheDirectory }).directory;
  const fromIndex = new SearchIndex(indexed);

  it('is read from the index the first run wrote, to which its first search added the records indexed for search', () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(INDEX_FROM_BYTES);
    expect(readdirSync(cacheDirectory).filter((f) => f.endsWith('.lmsindex'))).toHaveLength(1);
    expect(statSync(index()).size).toBeGreaterThan(withoutSearch);
    const part = indexed.store?.placedParts().at(-1)?.part;
    expect(part).toBeInstanceOf(IndexPart);
    expect(part?.searchRows?.(() => expect.fail('the index holds the records indexed for search'))).toBeDefined();
  });

  // Rarity is counted over every record in each case, so every hit and its place are the same.
  it.each([...QUERIES, 'zebra', 'macmillan', 'Macmillan Cancer Support'])('"%s" gives every hit, in the same order, as the records in memory', (query) => {
    const expected = top(inMemory, query, Infinity);
    expect(expected.length).toBeGreaterThan(0);
    expect(top(firstRun, query, Infinity)).toEqual(expected);
    expect(top(fromIndex, query, Infinity)).toEqual(expected);
  });

  it('finds the replacing record by its new name, and the record it replaced no more', () => {
    expect(fromIndex.search('zebra').map((h) => `${h.id} ${h.title}`)).toEqual(['macmillan Macmillan Zebra Support']);
    expect(fromIndex.search('macmillan cancer support').filter((h) => h.id === 'macmillan').map((h) => h.title)).toEqual(['Macmillan Zebra Support']);
  });
});

describe('search over the shipped directory', () => {
  const directory = loadDirectory();
  const built = new SearchIndex(directory);
  // A copy of the directory is not the shipped one: its records are indexed when searched, not read from the build's index.
  const fresh = new SearchIndex({ ...directory, sections: [...directory.sections] });
  const queries = [...QUERIES, 'what to bring', 'NCI', 'gist', 'uk', 'a', 'ACOR', 'Sarcoma UK support line', 'x'.repeat(40), 'cancer research grants for rare sarcoma patients and families'];

  it.each(queries)('"%s" gives every hit an index made now gives, in the same order', (query) => {
    expect(top(built, query, Infinity)).toEqual(top(fresh, query, Infinity));
  });
});
