import { afterAll, describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { closeBrowser, markerIds, printBoth, squash, tools } from '../helpers/print.js';

describe.skipIf(!tools)(`the printed page of centres${tools ? '' : ' (SKIPPED: chromium and poppler-utils are not installed)'}`, () => {
  afterAll(closeBrowser);
  interface Listed {
    distanceKm?: number;
    record?: Omit<Listed, 'record' | 'distanceKm'>;
    id: string;
    name: string;
    phones: Array<{ display: string }>;
    locations: Array<{ coordinates?: unknown }>;
  }
  describe.each([['--region', 'uk'], ['--region', 'us'], ['--region', 'au'], ['--region', 'europe'], ['--near', 'leeds'], ['--near', '10065'], ['--near', 'munich']])('lms centres %s %s --format html', (...place) => {
    const html = lms(['centres', ...place, '--format', 'html']).stdout;
    const records = (JSON.parse(lms(['centres', ...place, '--json']).stdout) as Listed[]).map((l) => l.record ?? l);

    it('prints within two pages of A4 and of Letter, with every name and phone listed, one marker each', async () => {
      expect(records.length).toBeGreaterThan(0);
      expect(markerIds(html)).toEqual(records.filter((r) => r.locations.some((l) => l.coordinates)).map((r) => r.id));
      const own = /@page \{ size: (A4|Letter);/.exec(html)?.[1] as 'A4' | 'Letter';
      expect(own).toBe(place.some((p) => ['us', 'ca', '10065'].includes(p)) ? 'Letter' : 'A4');
      for (const { pages, text } of await printBoth(html, own)) {
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
