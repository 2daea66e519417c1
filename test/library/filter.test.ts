import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { tempDir, writeSettled } from '../helpers/temp.js';
import { UsageError, filterResources, loadDirectory, resolveRegion, withDataFiles } from '../../src/index.js';
import type { Directory, Resource } from '../../src/index.js';
import { regionCounts } from '../../src/query/filter.js';
import { findPlace, otherPlacesNote, splitPlaces } from '../../src/query/places.js';

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
    ['aotearoa', 'nz'],
    ['Deutschland', 'de'],
    ['allemagne', 'de'],
    ['DEU', 'de'],
    ['republic of ireland', 'ie'],
    ["Côte d'Ivoire", 'ci'],
    ["cote d'ivoire", 'ci'],
    ['New York', 'us-ny'],
    ['ny', 'us-ny'],
    ['georgia, us', 'us-ga'],
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
    expect(() => ids({ regions: ['eurpe'] })).toThrow(/unknown region 'eurpe' \(did you mean 'europe'\?\); 'lms regions --all' lists every place/);
    expect(() => ids({ types: ['helpine'] })).toThrow(/did you mean 'helpline'/);
    expect(() => ids({ statuses: ['activ'] })).toThrow(/unknown status 'activ' \(did you mean 'active'\?\)\. Statuses: active, unknown, merged, closed/);
  });

  it("lists a UK nation's own resources first, then the UK-wide, European and international ones", () => {
    const matches = filterResources(directory, { regions: ['scotland'] });
    // Scotland's own first: its sarcoma centres; then what serves the whole UK.
    expect(matches[0]?.regionMatch).toEqual({ kind: 'direct' });
    expect(matches.find((m) => m.regionMatch?.kind === 'wider')?.regionMatch).toEqual({ kind: 'wider', via: 'uk', asked: 'gb-sct' });
    expect(matches.map((m) => m.resource.id)).toEqual(expect.arrayContaining(['sarcoma-uk', 'macmillan', 'euracan', 'clinicaltrials-gov']));
  });
});

describe('places', () => {
  const { vocabularies } = directory;

  it('has every ISO 3166-1 country and territory, each inside a world area or the root', () => {
    const countries = vocabularies.regions.filter((r) => r.kind === 'country');
    expect(countries).toHaveLength(249);
    const byId = new Map(vocabularies.regions.map((r) => [r.id, r]));
    for (const c of countries) {
      const parent = byId.get(c.parent as string);
      expect(['area', 'world', 'country'], c.id).toContain(parent?.kind);
    }
    expect(byId.get('de')?.parent).toBe('europe');
    expect(byId.get('in')?.parent).toBe('asia');
    expect(byId.get('br')?.parent).toBe('latin-america');
    expect(byId.get('us')?.parent).toBe('north-america');
    expect(byId.get('au')?.parent).toBe('oceania');
    expect(byId.get('ng')?.parent).toBe('africa');
    // A US territory ISO lists twice stays a country, inside the US.
    expect(byId.get('pr')).toMatchObject({ kind: 'country', parent: 'us' });
    expect(vocabularies.regions.filter((r) => r.parent === 'us' && r.kind === 'subdivision')).toHaveLength(51);
    expect(vocabularies.regions.filter((r) => r.parent === 'ca')).toHaveLength(13);
    expect(vocabularies.regions.filter((r) => r.parent === 'au')).toHaveLength(8);
    expect(vocabularies.regions.filter((r) => r.parent === 'uk').map((r) => r.name).sort()).toEqual(['England', 'Northern Ireland', 'Scotland', 'Wales']);
  });

  it('takes the country for a name a state shares, and says how to ask for the state', () => {
    const match = findPlace(vocabularies, 'Georgia');
    expect(match.region.id).toBe('ge');
    expect(otherPlacesNote(vocabularies, 'Georgia', match)).toBe("'Georgia' is taken as Georgia (ge); for Georgia in United States, ask for us-ga or 'Georgia, us'");
    expect(otherPlacesNote(vocabularies, 'ge', findPlace(vocabularies, 'ge'))).toBeUndefined();
    expect(resolveRegion(vocabularies, 'us-ga').name).toBe('Georgia');
  });

  it('reads a comma and a space as a qualifier, a bare comma as a list', () => {
    expect(splitPlaces(vocabularies, 'georgia, us')).toEqual(['georgia, us']);
    expect(splitPlaces(vocabularies, 'uk,us')).toEqual(['uk', 'us']);
    expect(splitPlaces(vocabularies, 'de,us')).toEqual(['de', 'us']);
    expect(splitPlaces(vocabularies, 'new york, us,ca')).toEqual(['new york, us', 'ca']);
  });

  it('counts, for every region, what serves it and what covers it from wider areas, as the filter lists them', () => {
    const counts = regionCounts(directory);
    for (const id of ['uk', 'gb-sct', 'us', 'us-ny', 'europe', 'de', 'international', 'jp']) {
      const matches = filterResources(directory, { regions: [id] });
      expect(counts.get(id), id).toEqual({ own: matches.filter((m) => m.regionMatch?.kind === 'direct').length, withWider: matches.length });
    }
  });
});

describe('the store', () => {
  const template = directory.resources.find((r) => r.id === 'sarcoma-uk') as Resource;
  const countries = directory.vocabularies.regions.filter((r) => r.kind === 'country').slice(0, 60);
  const many: Directory = {
    ...directory,
    resources: countries.map((c, i) => ({ ...template, id: `group-${i}`, name: `Group ${c.name}`, regions: [c.id] })),
  };

  it('filters by any of 60 countries, with no cap on how many regions there are', () => {
    for (const [i, c] of countries.entries()) {
      const direct = filterResources(many, { regions: [c.id] }).filter((m) => m.regionMatch?.kind === 'direct');
      expect(direct.map((m) => m.resource.id), c.id).toEqual([`group-${i}`]);
    }
  });

  it('never gives stale results: a changed record is filtered as it is now, and a copy with other resources by those', () => {
    const own: Directory = { ...directory, resources: structuredClone([...directory.resources]) };
    const record = own.resources.find((r) => r.id === 'sarcoma-uk') as Resource;
    expect(filterResources(own, { regions: ['japan'] }).map((m) => m.resource.id)).not.toContain('sarcoma-uk');
    record.regions.push('jp');
    expect(filterResources(own, { regions: ['japan'] }).filter((m) => m.regionMatch?.kind === 'direct').map((m) => m.resource.id)).toContain('sarcoma-uk');
    const copy: Directory = { ...directory, resources: [{ ...template, id: 'only', regions: ['jp'] }] };
    expect(filterResources(copy, { regions: ['japan'] }).map((m) => m.resource.id)).toEqual(['only']);
    expect(filterResources(directory, { regions: ['japan'] }).map((m) => m.resource.id)).not.toContain('only');
  });

  it('keeps a store only for a directory with a large file (indexed, or read to be indexed), and freezes the records it holds in memory', () => {
    const plainFiles = withDataFiles(directory, []).directory;
    expect(plainFiles.store).toBeUndefined();
    const dir = tempDir();
    const file = writeSettled(dir, 'large.json', JSON.stringify(generateDirectory(3000, 5)));
    const options = { cacheDirectory: join(dir, 'cache') };
    expect(withDataFiles(directory, [file]).directory.store).toBeUndefined();
    expect(withDataFiles(directory, [file], options).directory.store).toBeDefined();
    const indexed = withDataFiles(directory, [file], options).directory;
    expect(indexed.store).toBeDefined();
    expect(Object.keys(indexed)).not.toContain('store');
    const shippedRow = indexed.resources.find((r) => r.id === 'sarcoma-uk') as Resource;
    expect(() => shippedRow.regions.push('de')).toThrow(TypeError);
    expect(filterResources(indexed, { regions: ['nz'] }).length).toBe(filterResources(withDataFiles(directory, [file]).directory, { regions: ['nz'] }).length);
  });

  it('lists direct matches first, then by status (live ones first), organizations before centres, then by name; each match says its status', () => {
    const dir = tempDir();
    const file = writeSettled(dir, 'more.json', JSON.stringify(generateDirectory(300, 3)));
    const merged = withDataFiles(directory, [file], { cacheDirectory: join(dir, 'cache') }).directory;
    const statuses = directory.vocabularies.statuses.map((s) => s.id);
    const fold = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const [source, query] of [[directory, { all: true }], [directory, { all: true, regions: ['uk'] }], [merged, { all: true, regions: ['nz'] }], [merged, {}]] as const) {
      const matches = filterResources(source, query);
      expect(matches.length).toBeGreaterThan(5);
      const key = (m: (typeof matches)[number]) => [m.regionMatch?.kind === 'wider' ? 1 : 0, statuses.indexOf(m.resource.status), m.resource.types.includes('treatment-centre') ? 1 : 0] as const;
      for (const m of matches) expect(m.status).toBe(m.resource.status);
      for (let i = 1; i < matches.length; i++) {
        const [a, b] = [key(matches[i - 1] as (typeof matches)[number]), key(matches[i] as (typeof matches)[number])];
        const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        expect(order, `${matches[i - 1]?.resource.id} before ${matches[i]?.resource.id}`).toBeLessThanOrEqual(0);
        if (order === 0) expect(fold(matches[i - 1]?.resource.name ?? '') <= fold(matches[i]?.resource.name ?? ''), `${matches[i - 1]?.resource.name} before ${matches[i]?.resource.name}`).toBe(true);
      }
    }
  });

  it('gives each match one record however often it is asked for, and a listing that says what the record says', () => {
    const dir = tempDir();
    const file = writeSettled(dir, 'large.json', JSON.stringify(generateDirectory(3000, 5)));
    const options = { cacheDirectory: join(dir, 'cache') };
    withDataFiles(directory, [file], options);
    const indexed = withDataFiles(directory, [file], options).directory;
    const matches = filterResources(indexed, { regions: ['nz'] });
    expect(matches.length).toBeGreaterThan(10);
    for (const match of matches) {
      expect(match.resource).toBe(match.resource);
      const { id, name, status, regions, types } = match.resource;
      expect(match.listing).toMatchObject({ id, name, status, regions, types });
    }
  });
});
