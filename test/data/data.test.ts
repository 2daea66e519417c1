import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { DATA } from '../helpers/paths.js';
import { loadDirectory } from '../../src/index.js';
import type { Resource, Section, Vocabularies } from '../../src/model.js';

const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const resources = read('resources.json') as Resource[];
const sections = read('sections.json') as Section[];
const vocabularies = read('vocabularies.json') as Vocabularies;
const centres = read('centres.json') as Resource[];

describe('the shipped data files', () => {
  // Compiled here from the schema files themselves, not the build's generated code.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  for (const file of readdirSync(join(DATA, 'schema'))) ajv.addSchema(JSON.parse(readFileSync(join(DATA, 'schema', file), 'utf8')));

  it.each([
    ['resources.json', 'resources.schema.json'],
    ['centres.json', 'resources.schema.json'],
    ['sections.json', 'sections.schema.json'],
    ['vocabularies.json', 'vocabularies.schema.json'],
    ['about.json', 'about.schema.json'],
    ['checklist.json', 'checklist.schema.json'],
  ])('%s matches %s', (file, schema) => {
    const validate = ajv.getSchema(`https://lms.invalid/schema/${schema}`);
    expect(validate).toBeDefined();
    const valid = validate?.(read(file));
    expect(validate?.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('holds no control characters or bidirectional overrides, so it can reach a terminal unfiltered', () => {
    for (const file of ['resources.json', 'sections.json', 'vocabularies.json', 'about.json', 'checklist.json']) {
      expect(readFileSync(join(DATA, file), 'utf8').replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\\u00[01]/u);
    }
  });

  it('gives every resource and every section a unique id', () => {
    expect(new Set(resources.map((r) => r.id)).size).toBe(resources.length);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
  });
});

describe('resources', () => {
  it.each([
    ['nci', /National Cancer Institute/],
    ['leiomyosarcoma-org-uk', /leiomyosarcoma\.org\.uk/i],
    ['leiomyosarcoma-info', /leiomyosarcoma\.info/i],
    ['acor-l-m-sarcoma', /L-M-SARCOMA/],
    ['lmsdr', /LMSdr/],
    ['liddy-shriver', /Liddy Shriver/],
    ['sarcoma-alliance', /Sarcoma Alliance/],
    ['sarcoma-uk', /Sarcoma UK/],
    ['cancerbackup', /Cancerbackup/],
  ])('has the flyer organization %s, marked as from the flyer', (id, name) => {
    const record = resources.find((r) => r.id === id);
    expect(record?.name).toMatch(name);
    expect(record?.origin).toBe('flyer');
    expect(record?.asListed).not.toBeNull();
  });

  it("keeps the Cancer Information Service's 1-800-4-CANCER line on the NCI record", () => {
    const nci = resources.find((r) => r.id === 'nci');
    expect(nci?.phones.map((p) => p.e164)).toContain('+18004226237');
    expect(nci?.phones[0]?.display).toMatch(/1-800-4-CANCER/);
  });

  it("does not offer NCI's press-office address to patients, but keeps it as listed", () => {
    const nci = resources.find((r) => r.id === 'nci');
    expect(JSON.stringify(nci?.addresses)).not.toMatch(/31 Center Drive/);
    expect(nci?.asListed?.addresses.join(' ')).toMatch(/31 Center Drive/);
  });

  it('adds the 21 organizations found since and the 26 national patient groups, marked as added and not as printed in the flyer', () => {
    const added = resources.filter((r) => r.origin === 'added');
    expect(added).toHaveLength(47);
    for (const r of added) expect(r.asListed, r.id).toBeNull();
    const regions = new Set(added.flatMap((r) => r.regions));
    for (const region of ['us', 'uk', 'europe', 'ca', 'au', 'nz', 'international', 'de', 'fr', 'nl', 'be', 'ch', 'it', 'es', 'no', 'se', 'fi', 'ie', 'pl', 'ru', 'bg', 'jp', 'in', 'ro', 'hu', 'sg', 'gb-nir']) {
      expect(regions).toContain(region);
    }
    expect(added.map((r) => r.id)).toEqual(expect.arrayContaining(['nlmsf', 'macmillan', 'spagn', 'anzsa', 'cancer-society-nz', 'canadian-cancer-society', 'sarcoma-cancer-ireland', 'deutsche-sarkom-stiftung']));
  });

  it('publishes no mobile number for a national patient group: only office and service lines', () => {
    const groups = resources.filter((r) => r.verification.checked === '2026-12-01');
    expect(groups).toHaveLength(26);
    for (const r of groups) {
      for (const p of r.phones) expect(parsePhoneNumberFromString(p.e164)?.getType(), `${r.id} ${p.display}`).not.toBe('MOBILE');
    }
  });

  it('marks the flyer entries that merged or closed, with the successor where merged', () => {
    expect(resources.find((r) => r.id === 'liddy-shriver')?.status).toBe('closed');
    const cancerbackup = resources.find((r) => r.id === 'cancerbackup');
    expect(cancerbackup?.status).toBe('merged');
    expect(cancerbackup?.successor).toMatchObject({ name: 'Macmillan Cancer Support', id: 'macmillan' });
  });

  it('parses every web address as an http(s) URL', () => {
    const urls = resources.flatMap((r) => [...r.websites.map((w) => w.url), ...r.sources.flatMap((s) => (s.url ? [s.url] : [])), ...(r.successor?.url ? [r.successor.url] : [])]);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(['http:', 'https:'], url).toContain(new URL(url).protocol);
  });

  it('gives every phone a valid E.164 number, dialled with the code of a country the resource serves', () => {
    const countries = new Map(vocabularies.regions.map((r) => [r.id, r.countryCode]));
    const phones = resources.flatMap((r) => r.phones.map((p) => ({ r, p })));
    expect(phones.length).toBeGreaterThan(10);
    for (const { r, p } of phones) {
      const parsed = parsePhoneNumberFromString(p.e164);
      expect(parsed?.isValid(), `${r.id} ${p.e164}`).toBe(true);
      expect(parsed?.number).toBe(p.e164);
      // Toll-free numbers in the US and Canada share +1, so compare calling codes, not countries.
      const served = r.regions.flatMap((id) => countries.get(id) ?? []).map((c) => getCountryCallingCode(c as CountryCode));
      if (served.length > 0) expect(served, `${r.id} ${p.e164}`).toContain(parsed?.countryCallingCode);
    }
  });

  it('says why a resource has no phone, rather than leaving it silently empty', () => {
    for (const r of resources.filter((x) => x.phones.length === 0)) {
      expect(r.gaps.map((g) => g.field), r.id).toContain('phones');
    }
  });

  it('cites at least one source for every record and dates its check', () => {
    for (const r of resources) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(r.verification.checked ?? 'never')), r.id).toBe(false);
    }
  });
});

describe('sections', () => {
  it("holds every part of the flyer, in the flyer's reading order", () => {
    expect(sections.map((s) => s.id)).toEqual([
      'about-lms',
      'after-diagnosis',
      'referral',
      'choosing-doctors',
      'what-to-bring',
      'treatment',
      'follow-up',
      'further-sources',
      'disclaimer',
      'credits',
    ]);
  });

  it('has no PDF artifacts: private-use bullets, page furniture, broken lines, doubled spaces', () => {
    for (const block of sections.flatMap((s) => s.blocks)) {
      expect(block.text).not.toMatch(/[\uE000-\uF8FF]/u);
      expect(block.text).not.toMatch(/\(continued\)/);
      expect(block.text).not.toMatch(/\n| {2}/);
      expect(block.text).toBe(block.text.trim());
    }
  });

  it('keeps the flyer\'s words: spot checks of each section', () => {
    const text = (id: string) => sections.find((s) => s.id === id)?.blocks.map((b) => b.text).join(' ') ?? '';
    expect(text('after-diagnosis')).toContain('see at least 100 sarcoma patients a year');
    expect(text('referral')).toContain('ask your primary care physician to refer you');
    expect(text('what-to-bring')).toContain('You will need a case summary of your whole medical history');
    expect(text('treatment')).toContain('there ARE treatment options available');
    expect(text('follow-up')).toContain('every three-month schedule');
    expect(text('disclaimer')).toBe('The information provided here is not a substitute for professional medical advice.');
    expect(text('credits')).toMatch(/Joyce wrote this flyer.*Dick, BethG & Marcia of the L-M-Sarcoma List at ACOR/);
  });

  it('marks the garbled Liddy Shriver passage instead of guessing the missing words', () => {
    const block = sections.find((s) => s.id === 'further-sources')?.blocks.find((b) => b.resources?.includes('liddy-shriver'));
    expect(block?.text).toContain('fun[…]superb');
    expect(block?.text).not.toContain('funsuperb');
    expect(block?.gap).toMatch(/missing/);
  });

  it('links every organization the flyer lists to its record', () => {
    const linked = new Set(sections.flatMap((s) => s.blocks.flatMap((b) => b.resources ?? [])));
    for (const r of resources.filter((x) => x.origin === 'flyer')) expect(linked, r.id).toContain(r.id);
  });
});

describe('vocabularies', () => {
  it('nests the hand-kept countries in their world areas, and the areas in International', () => {
    const parent = new Map(vocabularies.regions.map((r) => [r.id, r.parent]));
    expect(parent.get('uk')).toBe('europe');
    expect(parent.get('europe')).toBe('international');
    expect(parent.get('international')).toBeNull();
    for (const id of ['us', 'ca']) expect(parent.get(id)).toBe('north-america');
    for (const id of ['au', 'nz']) expect(parent.get(id)).toBe('oceania');
    for (const area of vocabularies.regions.filter((r) => r.kind === 'area')) expect(area.parent, area.id).toBe('international');
  });

  it('uses every type and region a resource names (the places the build adds included)', () => {
    const typeIds = new Set(vocabularies.types.map((t) => t.id));
    const regionIds = new Set(loadDirectory().vocabularies.regions.map((r) => r.id));
    for (const r of resources) {
      for (const t of r.types) expect(typeIds, r.id).toContain(t);
      for (const g of r.regions) expect(regionIds, r.id).toContain(g);
    }
  });
});

describe('checklist', () => {
  const checklist = read('checklist.json') as { section: string; items: Array<{ text: string; detail?: string }> };
  const flyer = sections.find((s) => s.id === checklist.section)?.blocks.map((b) => b.text).join(' ').toLowerCase() ?? '';

  it("draws every item from the flyer's own list, in its words", () => {
    expect(checklist.section).toBe('what-to-bring');
    const words = (text: string) => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    for (const item of checklist.items) {
      // Each substantial word of an item is one the flyer's section uses.
      for (const word of words(`${item.text} ${item.detail ?? ''}`).filter((w) => !['your', 'that', 'with', 'this'].includes(w))) {
        expect(flyer, `${item.text}: ${word}`).toContain(word);
      }
    }
    expect(checklist.items.map((i) => i.text)).toEqual(expect.arrayContaining(['Tissue samples', 'Operation and pathology reports', 'A list of questions that you would like to have answered']));
  });
});

describe('the treatment centres', () => {
  const shipped = new Map(loadDirectory().resources.map((r) => [r.id, r]));

  it('are sourced, typed and dated, and publish no mobile number', () => {
    expect(centres).toHaveLength(161);
    for (const c of centres) {
      expect(c.types, c.id).toEqual(['treatment-centre']);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.verification.method, c.id).toBe('desk research');
      expect(c.locations.length, c.id).toBeGreaterThan(0);
      for (const p of c.phones) expect(parsePhoneNumberFromString(p.e164)?.getType(), `${c.id} ${p.display}`).not.toBe('MOBILE');
    }
    // The Auckland service's only numbers are its nurses' mobiles: left out, and the gap says why.
    const auckland = centres.find((c) => c.id === 'northern-regional-sarcoma-service');
    expect(auckland?.phones).toEqual([]);
    expect(auckland?.gaps.find((g) => g.field === 'phones')?.note).toMatch(/mobile/);
  });

  it('hold no coordinates typed by hand: the build places every town from the gazetteer, and says how', () => {
    for (const c of centres) for (const l of c.locations) expect(l.coordinates, c.id).toBeUndefined();
    for (const c of centres) {
      for (const l of shipped.get(c.id)?.locations ?? []) {
        if (l.city === undefined) {
          expect(l.coordinates, c.id).toBeUndefined();
          continue;
        }
        expect(l.coordinates?.source, `${c.id} ${l.city}`).toMatch(/^(GeoNames \d+: the centre of |US Census: the middle of ZIP code area )/);
        expect(['town', 'postcode']).toContain(l.coordinates?.precision);
      }
    }
  });

  it('keep a town the research inferred marked as inferred', () => {
    const inferred = centres.filter((c) => c.locations.some((l) => l.cityNote && /infer|general knowledge|assumed|implied/i.test(l.cityNote)));
    expect(inferred.map((c) => c.id)).toEqual(expect.arrayContaining(['northside-hospital-cancer-institute', 'wesley-sarcoma-mdt', 'national-cancer-center-hospital']));
  });

  it('leave out the candidates the research doubts most, and the Truro site that was closing', () => {
    const names = centres.map((c) => c.name);
    expect(names.some((n) => n.startsWith('Lancashire Teaching Hospitals'))).toBe(false);
    expect(names.some((n) => n.includes('iSARP'))).toBe(false);
    const peninsula = centres.find((c) => c.id === 'peninsula-soft-tissue-sarcoma-service');
    expect(peninsula?.locations.map((l) => l.city)).toEqual(['Plymouth', 'Exeter']);
    expect(peninsula?.gaps.some((g) => /Truro/.test(g.note))).toBe(true);
  });

  it('offer only services of the vocabulary', () => {
    const known = new Set(vocabularies.services.map((s) => s.id));
    for (const c of centres) for (const s of c.services) expect(known.has(s), `${c.id} ${s}`).toBe(true);
  });
});
