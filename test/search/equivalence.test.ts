import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain script, without type declarations
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { SearchIndex, completeResource, loadDirectory } from '../../src/index.js';
import type { Directory, Resource } from '../../src/index.js';
import { plainFuseSearch } from '../helpers/plain-fuse.js';

/** The shipped directory with N synthetic records added, as `--data` would load them. */
function synthetic(count: number): Directory {
  const shipped = loadDirectory();
  const records = (generateDirectory(count, 7) as Resource[]).map(completeResource);
  return { ...shipped, resources: [...shipped.resources, ...records] };
}

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

describe.each([1_000, 10_000])('narrowed search over %i synthetic records', (count) => {
  const directory = synthetic(count);
  const narrowed = new SearchIndex(directory);

  it.each(QUERIES)('"%s" gives the same top 10 as Fuse over everything', (query) => {
    const expected = plainFuseSearch(directory, query, 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(top(narrowed, query, 10)).toEqual(expected);
  });
});

describe('search over the shipped directory', () => {
  const directory = loadDirectory();
  const index = new SearchIndex(directory);
  const queries = [...QUERIES, 'what to bring', 'NCI', 'gist', 'uk', 'a', 'ACOR', 'Sarcoma UK support line', 'x'.repeat(40), 'cancer research grants for rare sarcoma patients and families'];

  it.each(queries)('"%s" gives every hit Fuse over everything gives, in the same order', (query) => {
    expect(top(index, query, Infinity)).toEqual(plainFuseSearch(directory, query, Infinity));
  });
});
