import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain script, without type declarations
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { SearchIndex, completeResource, loadDirectory } from '../../src/index.js';
import type { Directory, Resource } from '../../src/index.js';

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

describe.each([1_000, 10_000])('narrowed search over %i synthetic records', (count) => {
  const directory = synthetic(count);
  const narrowed = new SearchIndex(directory);
  const everything = new SearchIndex(directory, { narrowFrom: Infinity });

  it.each(QUERIES)('"%s" gives the same top 10 as Fuse over everything', (query) => {
    const top = (index: SearchIndex) => index.search(query, { limit: 10 }).map((h) => `${h.id} ${h.relevance}`);
    const expected = top(everything);
    expect(expected.length).toBeGreaterThan(0);
    expect(top(narrowed)).toEqual(expected);
  });
});
