import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain script, without type declarations
import { TARGETS, evaluate } from '../../scripts/search-quality.mjs';
import { SearchIndex, loadDirectory } from '../../src/index.js';
import { ROOT } from '../helpers/paths.js';

interface Judged {
  kind: string;
  query: string;
  relevant: Record<string, number>;
}

interface Summary {
  queries: number;
  p1: number;
  mrr: number;
  ndcg: number;
  recall: number;
  noResult: string[];
  junkAbove: string[];
  junkWithHits: string[];
}

const { queries } = JSON.parse(readFileSync(join(ROOT, 'test', 'search', 'judgements.json'), 'utf8')) as { queries: Judged[] };
const index = new SearchIndex(loadDirectory());
const result = evaluate(queries, (query: string) => index.search(query, { limit: 10 })) as { overall: Summary; byKind: Record<string, Summary> };

describe('search quality on the judged queries (npm run eval:search)', () => {
  it('is a set of at least 60 queries of every kind, judging only records that exist', () => {
    const directory = loadDirectory();
    const ids = new Set([...directory.sections.map((s) => s.id), ...directory.resources.map((r) => r.id)]);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['question', 'keyword', 'misspelling', 'spelling', 'country', 'uterine', 'name', 'junk']));
    for (const q of queries) for (const id of Object.keys(q.relevant)) expect(ids.has(id), `${q.query}: ${id}`).toBe(true);
  });

  it('meets the targets', () => {
    expect(result.overall.mrr).toBeGreaterThanOrEqual(TARGETS.mrr);
    expect(result.overall.p1).toBeGreaterThanOrEqual(TARGETS.p1);
    expect(result.overall.noResult).toEqual([]);
    expect(result.overall.junkAbove).toEqual([]);
  });

  // The figures when the engine was written: a change may raise them, never lower them.
  it('does not fall back from the figures it reached', () => {
    expect(result.overall.p1).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.mrr).toBeGreaterThanOrEqual(0.97);
    expect(result.overall.ndcg).toBeGreaterThanOrEqual(0.88);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.86);
    expect(result.byKind.junk?.junkWithHits).toEqual([]);
  });
});
