import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { tempDir, writeData } from '../helpers/temp.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = has('chromium') && has('pdftotext') && has('pdfinfo');
// CI installs the tools (.ci/run); there, missing tools must fail, not skip.
if (!tools && process.env.LMS_REQUIRE_BROWSER) throw new Error('chromium and poppler-utils are required here (LMS_REQUIRE_BROWSER is set)');
if (!tools) console.warn('handout print tests SKIPPED: install chromium and poppler-utils (apt-get install chromium poppler-utils) to run them');
// Names written in Japanese print only with a Japanese font; CI installs one (.ci/run).
const japanese = spawnSync('sh', ['-c', 'fc-list :lang=ja | grep -q .']).status === 0;
if (!japanese && process.env.LMS_REQUIRE_BROWSER) throw new Error('a Japanese font is required here (apt-get install fonts-ipafont-gothic)');
if (tools && !japanese) console.warn('the printed handout for Japan is SKIPPED: install a Japanese font (apt-get install fonts-ipafont-gothic) to run it');
const regions = ['uk', 'us', 'ca', 'au', 'nz', 'europe', 'de', 'fr', 'ie', ...(japanese ? ['jp'] : []), 'gb-sct', 'us-ny', 'north-america'];
const handouts = [...regions.map((r) => ['--region', r]), ['--near', 'leeds'], ['--near', '10065'], ['--near', 'lyon'], []];

interface HandoutJson {
  paper: 'A4' | 'Letter';
  resources: Array<{ name: string; phones: Array<{ display: string }> }>;
  centres: Array<{ id: string; number?: number; name: string; phones: Array<{ display: string }> }>;
}

/** The record ids of the numbered markers of a page's map, in order. */
const markerIds = (html: string) => [...html.matchAll(/<g class="marker" data-id="([^"]+)">/g)].map((m) => m[1]);

/** Prints an HTML file to PDF in headless Chromium, as the browser's own print would. */
function printToPdf(html: string, pdf: string): void {
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${tempDir()}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`],
    { stdio: 'ignore', timeout: 60_000 },
  );
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

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

/** Prints `html` on its own paper and on the other one, and returns each print's page count and text. */
function printBoth(html: string, own: 'A4' | 'Letter'): Array<{ paper: string; pages: number; text: string }> {
  const other = own === 'A4' ? 'Letter' : 'A4';
  return [
    [own, ''],
    [other, `<style>@page { size: ${other}; }</style>`],
  ].map(([paper, style]) => {
    const dir = tempDir();
    const file = writeData(dir, 'page.html', html.replace('</head>', `${style}</head>`));
    const pdf = join(dir, 'page.pdf');
    printToPdf(file, pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(paper === 'A4' ? /Page size:.*\(A4\)/ : /Page size:.*\(letter\)/);
    return { paper: paper as string, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })) };
  });
}

describe.skipIf(!tools)(`the printed handout${tools ? '' : ' (SKIPPED: chromium and poppler-utils are not installed)'}`, () => {
  describe.each(handouts)('lms handout %s %s', (...place) => {
    const args = ['handout', ...place];
    const html = lms(args).stdout;
    const listed = JSON.parse(lms([...args, '--format', 'json']).stdout) as HandoutJson;

    it('fits on two pages of A4 and of Letter, its own paper first, with every listed name and phone and a marker for each centre on the map', () => {
      expect(html).toContain(`@page { size: ${listed.paper};`);
      expect(markerIds(html)).toEqual(listed.centres.filter((c) => c.number !== undefined).map((c) => c.id));
      if (place.length > 0 && place[1] !== 'north-america') expect(listed.centres.length).toBeGreaterThan(0);
      for (const { pages, text } of printBoth(html, listed.paper)) {
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

describe.skipIf(!tools)(`the printed page of centres${tools ? '' : ' (SKIPPED: chromium and poppler-utils are not installed)'}`, () => {
  interface Listed {
    distanceKm?: number;
    record?: Omit<Listed, 'record' | 'distanceKm'>;
    id: string;
    name: string;
    phones: Array<{ display: string }>;
    locations: Array<{ coordinates?: unknown }>;
  }
  describe.each([['--region', 'uk'], ['--region', 'us'], ['--region', 'au'], ['--region', 'europe'], ['--region', 'ca'], ['--near', 'leeds'], ['--near', '10065'], ['--near', 'munich']])('lms centres %s %s --format html', (...place) => {
    const html = lms(['centres', ...place, '--format', 'html']).stdout;
    const records = (JSON.parse(lms(['centres', ...place, '--json']).stdout) as Listed[]).map((l) => l.record ?? l);

    it('prints within two pages of A4 and of Letter, with every name and phone listed, one marker each', () => {
      expect(records.length).toBeGreaterThan(0);
      expect(markerIds(html)).toEqual(records.filter((r) => r.locations.some((l) => l.coordinates)).map((r) => r.id));
      const own = /@page \{ size: (A4|Letter);/.exec(html)?.[1] as 'A4' | 'Letter';
      expect(own).toBe(place.some((p) => ['us', 'ca', '10065'].includes(p)) ? 'Letter' : 'A4');
      for (const { pages, text } of printBoth(html, own)) {
        expect(pages).toBeLessThanOrEqual(2);
        for (const r of records) {
          expect(text).toContain(squash(r.name));
          for (const p of r.phones) expect(text).toContain(p.display);
        }
        expect(text).toContain('Natural Earth');
      }
    }, 120_000);
  });
});
