// The figures of search quality over a judged query set (test/search/judgements.json),
// shared by `npm run eval:search` and the test that pins them.
//   P@1        the first hit is relevant (any grade)
//   MRR@10     1 / rank of the first relevant hit in the top 10 (0 when none)
//   nDCG@5     graded gain (2^grade - 1) of the top 5 against the best order possible
//   recall@10  the share of the relevant records found in the top 10
//   no result  judged queries (not junk) that return nothing
//   junk       junk queries with a hit above 0.5 relevance (should be none)

export const TARGETS = { mrr: 0.93, p1: 0.88, noResult: 0, junkAbove: 0 };
export const JUNK_RELEVANCE = 0.5;

const mean = (values) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

function dcg(gains) {
  return gains.reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);
}

/** One query's figures, from its hits ({ id, relevance }, best first) and its graded ids. */
export function judge(hits, relevant) {
  const grade = (id) => relevant[id] ?? 0;
  const top = hits.slice(0, 10);
  const first = top.findIndex((h) => grade(h.id) > 0);
  const ideal = dcg(Object.values(relevant).sort((a, b) => b - a).slice(0, 5));
  const ids = Object.keys(relevant);
  return {
    p1: hits.length > 0 && grade(hits[0].id) > 0 ? 1 : 0,
    mrr: first === -1 ? 0 : 1 / (first + 1),
    ndcg: ideal === 0 ? 0 : dcg(hits.slice(0, 5).map((h) => grade(h.id))) / ideal,
    recall: ids.length === 0 ? 0 : top.filter((h) => grade(h.id) > 0).length / ids.length,
    empty: hits.length === 0,
  };
}

/**
 * Every figure, overall and by kind of query, for a search function
 * (query => hits, best first, each with id and relevance).
 */
export function evaluate(queries, search) {
  const rows = queries.map((q) => ({ ...q, hits: search(q.query) }));
  const summarize = (group) => {
    const judged = group.filter((q) => q.kind !== 'junk');
    const junk = group.filter((q) => q.kind === 'junk');
    const figures = judged.map((q) => judge(q.hits, q.relevant));
    return {
      queries: group.length,
      p1: mean(figures.map((f) => f.p1)),
      mrr: mean(figures.map((f) => f.mrr)),
      ndcg: mean(figures.map((f) => f.ndcg)),
      recall: mean(figures.map((f) => f.recall)),
      noResult: judged.filter((q) => q.hits.length === 0).map((q) => q.query),
      junkAbove: junk.filter((q) => q.hits.some((h) => h.relevance > JUNK_RELEVANCE)).map((q) => q.query),
      junkWithHits: junk.filter((q) => q.hits.length > 0).map((q) => q.query),
    };
  };
  const kinds = [...new Set(queries.map((q) => q.kind))];
  return {
    overall: summarize(rows),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, summarize(rows.filter((q) => q.kind === kind))])),
    misses: rows
      .filter((q) => q.kind !== 'junk' && judge(q.hits, q.relevant).p1 === 0)
      .map((q) => ({ query: q.query, got: q.hits.slice(0, 3).map((h) => `${h.id} ${h.relevance}`) })),
  };
}

export function meetsTargets({ overall }) {
  return overall.mrr >= TARGETS.mrr && overall.p1 >= TARGETS.p1 && overall.noResult.length <= TARGETS.noResult && overall.junkAbove.length <= TARGETS.junkAbove;
}
