import { describe, expect, it } from 'vitest';
import { FUSE_OPTIONS, SearchIndex, UsageError, loadDirectory } from '../../src/index.js';

const index = new SearchIndex(loadDirectory());
const first = (query: string) => {
  const [hit] = index.search(query);
  return hit && `${hit.kind}:${hit.id}`;
};

describe('search ranks first', () => {
  it.each([
    ['second opinion', 'section:referral'],
    ['secnd opinion', 'section:referral'],
    ['leiomyosarcma', 'section:about-lms'],
    ['leiomyosarcoma', 'section:about-lms'],
    ['treatment', 'section:treatment'],
    ['chemotherapy', 'section:treatment'],
    ['scans', 'section:follow-up'],
    ['case summary', 'section:what-to-bring'],
    ['what to bring', 'section:what-to-bring'],
    ['find a specialist', 'section:after-diagnosis'],
    ['sarcoma specialist', 'section:after-diagnosis'],
    ['Joyce', 'section:credits'],
    ['sarcoma uk', 'resource:sarcoma-uk'],
    ['Sarcma UK', 'resource:sarcoma-uk'],
    ['grants', 'resource:sarcoma-alliance'],
    ['second opinion grants', 'resource:sarcoma-alliance'],
    ['1-800-4-CANCER', 'resource:nci'],
    ['macmillan', 'resource:macmillan'],
    ['cancerbackup', 'resource:cancerbackup'],
    ['spaen', 'resource:spagn'],
    ['clinical trials', 'resource:clinicaltrials-gov'],
    ['ESUN', 'resource:liddy-shriver'],
    ['listserv', 'resource:acor-l-m-sarcoma'],
  ])('%s → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('search', () => {
  it('finds resources by what kind of help they give', () => {
    const directory = loadDirectory();
    const helplines = directory.resources.filter((r) => r.types.includes('helpline')).map((r) => r.id);
    const hits = index.search('helpline').map((h) => h.id);
    expect(hits.slice(0, helplines.length).sort()).toEqual(helplines.sort());
  });

  it('returns hits best first, with relevance between 0 and 1', () => {
    const hits = index.search('sarcoma');
    expect(hits.length).toBeGreaterThan(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.relevance).toBeGreaterThanOrEqual(hits[i]!.relevance);
    for (const hit of hits) expect(hit.relevance).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.relevance).toBeLessThanOrEqual(1);
  });

  it('honours the limit and finds nothing for nonsense', () => {
    expect(index.search('sarcoma', { limit: 2 })).toHaveLength(2);
    expect(index.search('xqzwv')).toEqual([]);
  });

  it('treats an empty or blank query as a usage error', () => {
    expect(() => index.search('')).toThrow(UsageError);
    expect(() => index.search(' \t\n ')).toThrow(UsageError);
  });

  it('keeps its Fuse options in one exported constant', () => {
    expect(FUSE_OPTIONS.keys.map((k) => k.name)).toEqual(['title', 'aliases', 'tags', 'body']);
    expect(FUSE_OPTIONS.ignoreLocation).toBe(true);
  });
});
