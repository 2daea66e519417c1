import { describe, expect, it } from 'vitest';
import { UsageError, filterResources, loadDirectory } from '../../src/index.js';

const directory = loadDirectory();
const ids = (query: Parameters<typeof filterResources>[1]) => filterResources(directory, query).map((m) => m.resource.id);

describe('filterResources', () => {
  it('shows active and unknown-status resources by default, merged and closed only with all', () => {
    const shown = filterResources(directory).map((m) => m.resource.status);
    expect(new Set(shown)).toEqual(new Set(['active', 'unknown']));
    expect(ids({ all: true })).toHaveLength(directory.resources.length);
    expect(ids({ all: true })).toEqual(expect.arrayContaining(['cancerbackup', 'liddy-shriver']));
  });

  it('takes explicit statuses over the default', () => {
    expect(ids({ statuses: ['merged'] })).toEqual(['cancerbackup']);
    expect(ids({ statuses: ['closed', 'merged'] }).sort()).toEqual(['cancerbackup', 'liddy-shriver']);
  });

  it.each([
    ['uk', ['sarcoma-uk', 'leiomyosarcoma-org-uk'], ['nci', 'sarcoma-alliance']],
    ['us', ['nci', 'sarcoma-alliance', 'lmsdr'], ['sarcoma-uk']],
    ['nz', ['leiomyosarcoma-info', 'anzsa', 'cancer-society-nz'], ['nci', 'sarcoma-uk', 'rare-cancers-australia']],
    ['europe', ['spagn', 'euracan', 'clinicaltrials-gov'], ['sarcoma-uk', 'macmillan']],
  ])('region %s includes its own and the international resources, not other countries', (region, included, excluded) => {
    const found = ids({ regions: [region] });
    expect(found).toEqual(expect.arrayContaining(included));
    for (const id of excluded) expect(found).not.toContain(id);
  });

  it('says which resources matched through a wider region, and lists them after direct matches', () => {
    const matches = filterResources(directory, { regions: ['uk'] });
    expect(matches.find((m) => m.resource.id === 'sarcoma-uk')?.regionMatch).toEqual({ kind: 'direct' });
    expect(matches.find((m) => m.resource.id === 'leiomyosarcoma-info')?.regionMatch).toEqual({ kind: 'wider', via: 'international', asked: 'uk' });
    const kinds = matches.map((m) => m.regionMatch?.kind);
    expect(kinds.lastIndexOf('direct')).toBeLessThan(kinds.indexOf('wider'));
  });

  it.each([
    ['gb', 'uk'],
    ['United Kingdom', 'uk'],
    ['USA', 'us'],
    ['england', 'uk'],
    ['aotearoa', 'nz'],
  ])('understands the region alias %s as %s', (alias, id) => {
    expect(ids({ regions: [alias] })).toEqual(ids({ regions: [id] }));
  });

  it('combines filters: any of the regions, any of the types, and all dimensions together', () => {
    expect(ids({ regions: ['uk'], types: ['helpline'] }).sort()).toEqual(['cancer-research-uk', 'macmillan', 'sarcoma-uk']);
    expect(ids({ regions: ['nz'], types: ['helpline'] })).toEqual(['cancer-society-nz']);
    expect(ids({ regions: ['ca', 'nz'], types: ['helpline'] }).sort()).toEqual(['canadian-cancer-society', 'cancer-society-nz']);
    expect(ids({ regions: ['au'], types: ['financial-help', 'government'] }).sort()).toEqual(['clinicaltrials-gov', 'gard', 'rare-cancers-australia']);
    expect(ids({ types: ['grants'] })).toEqual(ids({ types: ['financial-help'] }));
  });

  it('rejects an unknown region, type or status with the valid values and the closest one', () => {
    expect(() => ids({ regions: ['eurpe'] })).toThrow(UsageError);
    expect(() => ids({ regions: ['eurpe'] })).toThrow(/unknown region 'eurpe' \(did you mean 'europe'\?\)\. Regions: international, europe, uk/);
    expect(() => ids({ types: ['helpine'] })).toThrow(/did you mean 'helpline'/);
    expect(() => ids({ statuses: ['activ'] })).toThrow(/unknown status 'activ' \(did you mean 'active'\?\)\. Statuses: active, unknown, merged, closed/);
  });
});
