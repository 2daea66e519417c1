import { afterAll, describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { closeBrowser, japanese, markerIds, printBoth, squash, tools } from '../helpers/print.js';

const regions = ['uk', 'us', 'ca', 'au', 'nz', 'europe', 'de', 'fr', 'ie', ...(japanese ? ['jp'] : []), 'gb-sct', 'us-ny'];
const handouts = [...regions.map((r) => ['--region', r]), ['--near', 'leeds'], ['--near', '10065'], []];

interface HandoutJson {
  paper: 'A4' | 'Letter';
  resources: Array<{ name: string; phones: Array<{ display: string }> }>;
  centres: Array<{ id: string; number?: number; name: string; phones: Array<{ display: string }> }>;
}


describe('lms handout', () => {
  it('writes one self-contained HTML page: no scripts, nothing fetched', () => {
    const { status, stdout } = lms(['handout', '--region', 'uk']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toMatch(/@media print|@page/);
    expect(stdout).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import/i);
    expect(stdout).toContain('The information provided here is not a substitute for professional medical advice.');
    expect(stdout).toContain('Joyce wrote this flyer');
  });

  it('lists only active organizations that serve the region, marking uncertain facts', () => {
    const uk = JSON.parse(lms(['handout', '--region', 'uk', '--format', 'json']).stdout) as HandoutJson;
    const names = uk.resources.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Sarcoma UK', 'Macmillan Cancer Support', 'ClinicalTrials.gov']));
    expect(names).not.toContain('National Cancer Institute (NCI)');
    expect(names).not.toContain('Cancerbackup');
    expect(names).not.toContain('Leiomyosarcoma.org.uk');
    expect(lms(['handout', '--region', 'us']).stdout).toContain('(unconfirmed)');
  });

  it("prints the place's own numbers in its national format and the others in international format, in text of at least 10.5 pt", () => {
    const uk = JSON.parse(lms(['handout', '--region', 'uk', '--format', 'json']).stdout) as HandoutJson;
    const phones = uk.resources.flatMap((r) => r.phones.map((p) => p.display));
    expect(phones).toContain('0808 808 0000');
    expect(phones).toContain('+1 888 205 2311');
    const us = JSON.parse(lms(['handout', '--region', 'us', '--format', 'json']).stdout) as HandoutJson;
    expect(us.resources.flatMap((r) => r.phones.map((p) => p.display))).toContain('(888) 205-2311');
    const html = lms(['handout', '--region', 'uk']).stdout;
    expect(html).toContain('@page { size: A4;');
    expect(lms(['handout', '--region', 'ca']).stdout).toContain('@page { size: Letter;');
    for (const [, size] of html.matchAll(/font(?:-size)?:\s*([\d.]+)pt/g)) expect(Number(size)).toBeGreaterThanOrEqual(10.5);
  });

  it('writes Markdown with --format md, and refuses two regions', () => {
    expect(lms(['handout', '--region', 'nz', '--format', 'md']).stdout).toMatch(/^# Leiomyosarcoma and soft tissue sarcoma: where to start\n/);
    expect(lms(['handout', '--region', 'uk', '--region', 'us']).status).toBe(2);
  });
});

describe.skipIf(!tools)(`the printed handout${tools ? '' : ' (SKIPPED: chromium and poppler-utils are not installed)'}`, () => {
  afterAll(closeBrowser);
  describe.each(handouts)('lms handout %s %s', (...place) => {
    const args = ['handout', ...place];
    const html = lms(args).stdout;
    const listed = JSON.parse(lms([...args, '--format', 'json']).stdout) as HandoutJson;

    it('fits on two pages of A4 and of Letter, its own paper first, with every listed name and phone and a marker for each centre on the map', async () => {
      expect(html).toContain(`@page { size: ${listed.paper};`);
      expect(markerIds(html)).toEqual(listed.centres.filter((c) => c.number !== undefined).map((c) => c.id));
      if (place.length > 0 && place[1] !== 'north-america') expect(listed.centres.length).toBeGreaterThan(0);
      for (const { pages, text } of await printBoth(html, listed.paper)) {
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        expect(listed.resources.length).toBeGreaterThan(3);
        for (const r of [...listed.resources, ...listed.centres]) {
          expect(text).toContain(squash(r.name));
          for (const p of r.phones) expect(text).toContain(p.display);
        }
        expect(text).toContain('not a substitute for professional medical advice');
        if (listed.centres.some((c) => c.number !== undefined)) expect(text).toContain('Outlines: Natural Earth');
      }
    }, 120_000);
  });
});

