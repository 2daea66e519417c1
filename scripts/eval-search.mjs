#!/usr/bin/env node
// npm run eval:search: how well `lms search` answers the judged queries in
// test/search/judgements.json, on the shipped data, overall and by kind of query.
//   npm run eval:search              the table, and the queries whose first hit is not relevant
//   npm run eval:search -- --json    the figures as JSON
// Exits 1 when a target is missed (MRR@10 >= 0.93, P@1 >= 0.88, every judged query
// answered, no junk hit above 0.5 relevance).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SearchIndex, loadDirectory } from '../dist/lib/index.js';
import { TARGETS, evaluate, meetsTargets } from './search-quality.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { queries } = JSON.parse(readFileSync(join(root, 'test', 'search', 'judgements.json'), 'utf8'));
const index = new SearchIndex(loadDirectory());
const result = evaluate(queries, (query) => index.search(query, { limit: 10 }));

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const f = (n) => n.toFixed(3);
  const pad = (text, width) => String(text).padEnd(width);
  const line = (name, s) => `| ${pad(name, 12)} | ${pad(s.queries, 7)} | ${pad(f(s.p1), 5)} | ${pad(f(s.mrr), 6)} | ${pad(f(s.ndcg), 6)} | ${pad(f(s.recall), 9)} | ${pad(s.noResult.length, 9)} | ${pad(`${s.junkAbove.length} (${s.junkWithHits.length} with hits)`, 16)} |`;
  const out = [
    `Search quality on ${queries.length} judged queries (test/search/judgements.json); targets: MRR@10 ≥ ${TARGETS.mrr}, P@1 ≥ ${TARGETS.p1}, no judged query without results, no junk hit above 0.5`,
    '',
    `| ${pad('queries', 12)} | ${pad('count', 7)} | P@1   | MRR@10 | nDCG@5 | recall@10 | no result | ${pad('junk above 0.5', 16)} |`,
    `| ${'-'.repeat(12)} | ${'-'.repeat(7)} | ----- | ------ | ------ | --------- | --------- | ${'-'.repeat(16)} |`,
    line('all', result.overall),
    ...Object.entries(result.byKind).map(([kind, s]) => line(kind, s)),
  ];
  if (result.overall.noResult.length > 0) out.push('', `No result: ${result.overall.noResult.join('; ')}`);
  if (result.overall.junkAbove.length > 0) out.push('', `Junk above 0.5: ${result.overall.junkAbove.join('; ')}`);
  if (result.misses.length > 0) out.push('', 'First hit not relevant:', ...result.misses.map((m) => `  ${m.query} -> ${m.got.join(', ') || 'nothing'}`));
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exitCode = meetsTargets(result) ? 0 : 1;
