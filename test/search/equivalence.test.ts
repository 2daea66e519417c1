import { describe, expect, it } from 'vitest';
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

const top = (index: SearchIndex, query: string, limit: number) => index.search(query, { limit }).map((h) => `${h.id} ${h.relevance}`);


describe.each([1_000, 10_000])('narrowed search over %i synthetic records', (count) => {
  const directory = synthetic(count);
  const narrowed = new SearchIndex(directory);
  const whole = new SearchIndex(directory, { narrowFrom: Infinity });

  // Rarity is counted among the records ranked, so the order of near-equal hits may differ; what is found, and how well, may not.
  it.each(QUERIES)('"%s" finds hits as good as an index of every record finds, each with the same relevance', (query) => {
    const everything = new Map(whole.search(query).map((h) => [h.id, h.relevance]));
    const found = narrowed.search(query, { limit: 10 });
    expect(found.length).toBe(Math.min(10, everything.size));
    for (const hit of found) expect(everything.get(hit.id)).toBe(hit.relevance);
    expect(Math.max(...found.map((h) => h.relevance))).toBe(Math.max(...everything.values()));
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
