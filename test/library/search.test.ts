import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHTS, SearchIndex, UsageError, loadDirectory } from '../../src/index.js';

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
    ['spaen', 'resource:spagn'],
    ['clinical trials', 'resource:clinicaltrials-gov'],
    ['listserv', 'resource:acor-l-m-sarcoma'],
  ])('%s → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('search', () => {
  it('finds resources by what kind of help they give', () => {
    const directory = loadDirectory();
    const helplines = directory.resources.filter((r) => r.types.includes('helpline') && r.status !== 'merged' && r.status !== 'closed').map((r) => r.id);
    const hits = index.search('helpline').map((h) => h.id);
    expect(hits.slice(0, helplines.length).sort()).toEqual(helplines.sort());
  });

  it('ranks hits that match more of the query first, with relevance between 0 and 1', () => {
    const hits = index.search('second opinion grants');
    expect(hits[0]?.id).toBe('sarcoma-alliance');
    for (const hit of hits) expect(hit.relevance).toBeGreaterThanOrEqual(0.5);
    for (const hit of hits) expect(hit.relevance).toBeLessThanOrEqual(1);
  });

  it('gives 1 only to a hit that has every word exactly in a name, label or place', () => {
    expect(index.search('macmillan')[0]?.relevance).toBe(1);
    expect(index.search('macmilan')[0]?.relevance).toBeLessThan(1);
    expect(index.search('secnd opinion')[0]?.relevance).toBeLessThan(1);
  });

  it('leaves merged and closed records out unless asked, then ranks them after live ones', () => {
    expect(index.search('cancerbackup').map((h) => h.id)).not.toContain('cancerbackup');
    expect(index.search('ESUN').map((h) => h.id)).not.toContain('liddy-shriver');
    const all = index.search('cancerbackup', { all: true });
    expect(all.map((h) => h.id)).toContain('cancerbackup');
    expect(all.at(-1)?.id).toBe('cancerbackup');
    const esun = index.search('ESUN', { all: true });
    expect(esun.at(-1)?.id).toBe('liddy-shriver');
    expect(esun.slice(0, -1).every((h) => h.kind === 'section' || h.resource.status === 'active' || h.resource.status === 'unknown')).toBe(true);
  });

  it('folds UK and US spellings, inflections and accents', () => {
    const ids = (query: string) => index.search(query).map((h) => h.id);
    expect(ids('tumour')).toEqual(ids('tumor'));
    expect(ids('sarcoma centre')).toEqual(ids('sarcoma center'));
    expect(ids('counselling')).toEqual(ids('counseling'));
    expect(ids('sarkomforeningen')[0]).toBe('sarkomforeningen');
    expect(ids('Sarkomföreningen')[0]).toBe('sarkomforeningen');
  });

  it('does not let stop words veto a question or match inside other words', () => {
    expect(index.search('what should i bring to my appointment')[0]?.id).toBe('what-to-bring');
    expect(index.search('i have just been diagnosed')[0]?.id).toBe('after-diagnosis');
    expect(index.search('is this medical advice')[0]?.id).toBe('disclaimer');
  });

  it('returns nothing for queries about something else', () => {
    for (const query of ['pizza delivery', 'car insurance quote', 'knitting patterns']) expect(index.search(query)).toEqual([]);
  });

  it('filters by kind and by a set of resources', () => {
    expect(index.search('sarcoma', { kinds: ['centre'] }).every((h) => h.kind === 'centre')).toBe(true);
    expect(index.search('sarcoma', { kinds: ['section'] }).every((h) => h.kind === 'section')).toBe(true);
    const only = new Set(['sarcoma-uk']);
    expect(index.search('helpline', { resources: only, kinds: ['resource'] }).map((h) => h.id)).toEqual(['sarcoma-uk']);
  });

  it('honours the limit and finds nothing for nonsense', () => {
    expect(index.search('sarcoma', { limit: 2 })).toHaveLength(2);
    expect(index.search('xqzwv')).toEqual([]);
  });

  it('treats an empty or blank query as a usage error', () => {
    expect(() => index.search('')).toThrow(UsageError);
    expect(() => index.search(' \t\n ')).toThrow(UsageError);
  });

  it('weighs names above labels and places, and those above the long text', () => {
    expect(FIELD_WEIGHTS.title).toBeGreaterThan(FIELD_WEIGHTS.aliases);
    expect(FIELD_WEIGHTS.aliases).toBeGreaterThan(FIELD_WEIGHTS.tags);
    expect(FIELD_WEIGHTS.places).toBeGreaterThan(FIELD_WEIGHTS.body);
  });
});
