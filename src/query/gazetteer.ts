// The towns of the world and US ZIP codes, as the build packed them
// (src/data/gazetteer-source.ts): sorted lines, searched by halving, so a
// lookup reads a few lines of a text and never parses the whole of it.
import { distance } from 'fastest-levenshtein';
import type { GazetteerTexts } from '../data/gazetteer-source.js';

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Town extends Point {
  name: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** The state, province or region, as GeoNames names it. */
  area?: string;
  /** The id of that area in the region vocabulary, where it has one (us-or, gb-sct). */
  areaRegion?: string;
  population: number;
  geonameId: string;
}

/** The line of sorted `text` whose first field is `key`, without its key. */
function findLine(text: string, key: string): string | undefined {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle - 1) + 1;
    const tab = text.indexOf('\t', start);
    const lineKey = text.slice(start, tab);
    if (lineKey === key) return text.slice(tab + 1, text.indexOf('\n', tab));
    if (lineKey < key) low = text.indexOf('\n', tab) + 1;
    else high = start;
  }
  return undefined;
}

/** The texts hold UTF-8 bytes one a character (see GazetteerTexts). */
function utf8(bytes: string): string {
  return /[\u0080-\u00ff]/.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
}

export class Gazetteer {
  readonly #texts: GazetteerTexts;

  constructor(texts: GazetteerTexts) {
    this.#texts = texts;
  }

  /** The towns a folded name (normalizeKey) names, most populous first. */
  towns(key: string): Town[] {
    const line = findLine(this.#texts.names, key);
    return line === undefined ? [] : line.split(',').map((offset) => this.#town(parseInt(offset, 36)));
  }

  /** The middle of a US ZIP code area. */
  zip(code: string): Point | undefined {
    const line = findLine(this.#texts.zips, code);
    if (line === undefined) return undefined;
    const [latitude, longitude] = line.split('\t').map(Number) as [number, number];
    return { latitude, longitude };
  }

  /** Names of towns close to a mistyped one, for "did you mean": those that start alike and differ by an edit or two. */
  closeNames(key: string, limit = 3): string[] {
    const names = this.#texts.names;
    const prefix = key.slice(0, 2);
    const near: Array<{ name: string; d: number; towns: number }> = [];
    // The names are sorted: those sharing the first two letters are one run, found by halving like any line.
    let low = 0;
    let high = names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = names.lastIndexOf('\n', middle - 1) + 1;
      if (names.slice(start, names.indexOf('\t', start)) < prefix) low = names.indexOf('\n', start) + 1;
      else high = start;
    }
    const most = Math.max(1, Math.floor(key.length / 4));
    for (let start = low; start < names.length; ) {
      const tab = names.indexOf('\t', start);
      const name = names.slice(start, tab);
      if (!name.startsWith(prefix)) break;
      const end = names.indexOf('\n', tab);
      if (Math.abs(name.length - key.length) <= most) {
        const d = distance(name, key);
        if (d <= most) near.push({ name, d, towns: names.slice(tab + 1, end).split(',').length });
      }
      start = end + 1;
    }
    return near
      .sort((a, b) => a.d - b.d || b.towns - a.towns)
      .slice(0, limit)
      .map(({ name }) => name);
  }

  #town(offset: number): Town {
    const { towns, areas } = this.#texts;
    const [name, areaKey, latitude, longitude, population, geonameId] = towns.slice(offset, towns.indexOf('\n', offset)).split('\t') as [string, string, string, string, string, string];
    const [area, areaRegion] = findLine(areas, areaKey)?.split('\t') ?? [];
    return {
      name: utf8(name),
      countryCode: areaKey.slice(0, 2),
      ...(area ? { area: utf8(area) } : {}),
      ...(areaRegion ? { areaRegion } : {}),
      latitude: Number(latitude),
      longitude: Number(longitude),
      population: Number(population),
      geonameId,
    };
  }
}
