import { describe, expect, it } from 'vitest';
import { NotFoundError, loadDirectory, resolveResource, resolveSection } from '../../src/index.js';

const directory = loadDirectory();

describe('resolveSection', () => {
  it.each([
    ['treatment', 'treatment'],
    ['treatments', 'treatment'],
    ['second-opinion', 'referral'],
    ['second opinion', 'referral'],
    ['referral', 'referral'],
    ['follow-up', 'follow-up'],
    ['scans', 'follow-up'],
    ['what-to-bring', 'what-to-bring'],
    ['Treatment options that may be recommended', 'treatment'],
    ['DISCLAIMER', 'disclaimer'],
    ['credits', 'credits'],
  ])('finds %s exactly', (name, id) => {
    expect(resolveSection(directory, name)).toEqual({ item: expect.objectContaining({ id }), exact: true });
  });

  it.each([
    ['treatmnt', 'treatment'],
    ['folow-up', 'follow-up'],
    ['secnd opinion', 'referral'],
    ['disclamer', 'disclaimer'],
    ['doctor', 'choosing-doctors'],
  ])('forgives the typo %s when only %s is close', (name, id) => {
    expect(resolveSection(directory, name)).toEqual({ item: expect.objectContaining({ id }), exact: false });
  });

  it('does not guess when nothing is close, and offers candidates when some are', () => {
    expect(() => resolveSection(directory, 'xyzzy')).toThrow(NotFoundError);
    for (const ambiguous of ['what', 'care']) {
      try {
        resolveSection(directory, ambiguous);
        expect.unreachable(`the ambiguous name '${ambiguous}' resolved`);
      } catch (error) {
        expect(error).toBeInstanceOf(NotFoundError);
        expect((error as NotFoundError).candidates.length).toBeGreaterThan(1);
      }
    }
  });
});

describe('resolveResource', () => {
  it.each([
    ['sarcoma-uk', 'sarcoma-uk'],
    ['Sarcoma UK', 'sarcoma-uk'],
    ['NCI', 'nci'],
    ['Cancer Information Service', 'nci'],
    ['LMSdr', 'lmsdr'],
    ['Leiomyosarcoma Direct Research Foundation', 'lmsdr'],
    ['CancerBACUP', 'cancerbackup'],
  ])('finds %s by id, name, alias or former name', (name, id) => {
    expect(resolveResource(directory, name).item.id).toBe(id);
  });

  it('offers candidates instead of picking one of several close names', () => {
    try {
      resolveResource(directory, 'sarcoma');
      expect.unreachable('an ambiguous name resolved');
    } catch (error) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).candidates).toEqual(expect.arrayContaining(['sarcoma-uk']));
    }
  });
});

describe('a name far longer than any', () => {
  it('is found nowhere, and said to be a name not found rather than a search too long', () => {
    const typed = 'sarcoma support '.repeat(25);
    for (const resolve of [resolveResource, resolveSection]) {
      expect(() => resolve(directory, typed)).toThrow(NotFoundError);
      expect(() => resolve(directory, typed)).toThrow(/^no (resource|section) named /);
    }
  });
});
