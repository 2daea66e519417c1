import { describe, expect, it } from 'vitest';
import { lmsIn } from '../helpers/in-process.js';
import { packedFilesOpened } from '../helpers/opened.js';

/** The markers an SVG map holds: each one's record id, number and centre. */
function markers(html: string): Array<{ id: string; number: number; x: number; y: number }> {
  return [...html.matchAll(/<g class="marker" data-id="([^"]+)"><title>(\d+)\. [^<]*<\/title><circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)].map((m) => ({
    id: m[1] as string,
    number: Number(m[2]),
    x: Number(m[3]),
    y: Number(m[4]),
  }));
}

interface Listed {
  distanceKm: number;
  record: { id: string; name: string; locations: Array<{ coordinates?: unknown }> };
}

describe('lms centres --format html', () => {
  it('writes one self-contained page: the map inline, nothing fetched, no script', async () => {
    const { status, stdout, stderr } = await lmsIn(['centres', '--near', 'leeds', '--format', 'html']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(stdout).toContain('<meta name="viewport"');
    expect(stdout).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|@font-face/i);
    expect(stderr).toContain("'leeds' is taken as Leeds, England");
  });

  it.each([
    [['--near', 'leeds'], 'mi'],
    [['--near', '10065'], 'mi'],
    [['--near', 'lyon'], 'km'],
    [['--region', 'de'], 'km'],
    [['--region', 'uk'], 'mi'],
  ])('from %j: one numbered marker per centre listed, none over another, a scale bar in %s and the outlines credited', async (args, units) => {
    const html = (await lmsIn(['centres', ...args, '--format', 'html'])).stdout;
    const listed = JSON.parse((await lmsIn(['centres', ...args, '--json'])).stdout) as Array<Listed | Listed['record']>;
    const records = listed.map((l) => ('record' in l ? l.record : l));
    const placed = records.filter((r) => r.locations.some((l) => l.coordinates));
    const found = markers(html);
    expect(found.map((m) => m.id)).toEqual(placed.map((r) => r.id));
    expect(found.map((m) => m.number)).toEqual(placed.map((_, i) => i + 1));
    // Its only circles are the markers: the ring of the place and the dots of towns are drawn otherwise.
    expect(html.match(/<circle/g) ?? []).toHaveLength(found.length);
    for (const [i, a] of found.entries()) for (const b of found.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(18);
    for (const r of records) expect(html).toContain(r.name.replace(/&/g, '&amp;').replace(/'/g, '&#39;').split(/\s+/)[0]);
    expect(html).toMatch(new RegExp(`<g class="scale" data-label="\\d[\\d,]* ${units}">`));
    // No text set in a font: the numbers and the scale are drawn, so the printed text is the list's alone.
    expect(html).not.toMatch(/<text|font-family="/);
    expect(html).toContain('Natural Earth');
    expect(html).toContain('not at the hospital');
    if (args[0] === '--near') {
      expect(html).toContain('<g class="from"');
      expect((listed as Listed[]).every((l) => html.includes(`>${l.distanceKm}`) || html.includes(' mi') || html.includes(' km'))).toBe(true);
    } else expect(html).not.toContain('<g class="from"');
  });

  it('draws every centre on a map of the world when they lie on several continents', async () => {
    const html = (await lmsIn(['centres', '--format', 'html'])).stdout;
    const found = markers(html);
    expect(found).toHaveLength(159);
    // Each inside the map, none at its corner, where a place the projection could not show would fall.
    const [, width, height] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html) ?? []).map(Number);
    for (const m of found) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(width as number);
      expect(m.y).toBeLessThan(height as number);
    }
    expect(found.filter((m) => m.x < 10 && m.y < 10)).toEqual([]);
  });

  it('lists a centre that has no town without a marker, and says why', async () => {
    const html = (await lmsIn(['centres', '--region', 'gb-wls', '--format', 'html'])).stdout;
    expect(markers(html)).toEqual([]);
    expect(html).toContain('Wales soft tissue sarcoma service');
    expect(html).toContain('no town in its sources, not on the map');
  });

  it('says so on the page when no centre matches', async () => {
    const html = (await lmsIn(['centres', '--region', 'nz', '--service', 'gist', '--format', 'html'])).stdout;
    expect(markers(html)).toEqual([]);
    expect(html).toContain('No centre matches these filters.');
  });

  it('keeps html to the commands that draw', async () => {
    const { status, stderr } = await lmsIn(['resources', '--format', 'html']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot print --format html/);
  });
});

describe('the map outlines', () => {
  const opened = (args: string[]) => packedFilesOpened(args).filter((line) => line.endsWith('outlines.json'));

  it.each([[['centres', '--near', 'leeds']], [['centres', '--region', 'uk', '--json']], [['handout', '--region', 'uk', '--format', 'md']], [['handout', '--near', 'leeds', '--json']]])('are not read by lms %j, which draws nothing', async (args) => {
    expect(opened(args)).toEqual([]);
  });

  it('are read by a run that draws', async () => {
    expect(opened(['centres', '--near', 'leeds', '--format', 'html'])).toHaveLength(1);
    expect(opened(['handout', '--region', 'uk'])).toHaveLength(1);
  });
});

describe('lms handout --near', () => {
  interface HandoutJson {
    near?: string;
    regionName?: string;
    paper: string;
    centres: Array<{ number?: number; id: string; name: string; distance?: string; phones: Array<{ display: string }> }>;
    resources: Array<{ name: string }>;
  }

  it('lists the five centres nearest the place, with distances, and the organizations of its country', async () => {
    const { status, stdout } = await lmsIn(['handout', '--near', 'leeds', '--format', 'json']);
    expect(status).toBe(0);
    const handout = JSON.parse(stdout) as HandoutJson;
    expect(handout.near).toBe('Leeds, England, United Kingdom');
    expect(handout.regionName).toBe('the United Kingdom');
    expect(handout.centres.map((c) => c.id)[0]).toBe('leeds-regional-sarcoma-service');
    expect(handout.centres).toHaveLength(5);
    expect(handout.centres.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(handout.centres[0]?.distance).toBe('< 1 mi');
    expect(handout.centres[0]?.phones.map((p) => p.display)).toEqual(['0113 206 8966']);
    expect(handout.resources.map((r) => r.name)).toContain('Sarcoma UK');
  });

  it('prints on Letter from a US ZIP code, with the map marking the place and each centre', async () => {
    const handout = JSON.parse((await lmsIn(['handout', '--near', '10065', '--format', 'json'])).stdout) as HandoutJson;
    expect(handout.paper).toBe('Letter');
    expect(handout.centres[0]?.name).toBe('Memorial Sloan Kettering Cancer Center');
    const html = (await lmsIn(['handout', '--near', '10065'])).stdout;
    expect(markers(html).map((m) => m.id)).toEqual(handout.centres.map((c) => c.id));
    expect(html).toContain('<g class="from"');
    expect(html).toContain('The ring is ZIP code 10065');
  });

  it('from LAT,LON (no country known) lists the nearest centres and the organizations that serve everyone', async () => {
    const handout = JSON.parse((await lmsIn(['handout', '--near', '52.52,13.40', '--format', 'json'])).stdout) as HandoutJson;
    expect(handout.regionName).toBeUndefined();
    expect(handout.centres[0]?.name).toBe('Sarkomzentrum Berlin-Brandenburg');
    expect(handout.resources.map((r) => r.name)).toContain('ClinicalTrials.gov');
  });

  it('refuses --near with --region, an empty place and an unknown town, in one line each', async () => {
    for (const args of [
      ['--near', 'leeds', '--region', 'uk'],
      ['--near', ''],
      ['--near', 'nowhereville-on-sea'],
    ]) {
      const { status, stdout, stderr } = await lmsIn(['handout', ...args]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
