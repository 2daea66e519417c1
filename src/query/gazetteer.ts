// The towns of the world and US ZIP codes, as the build packed them
// (src/data/gazetteer-source.ts): sorted lines, searched by halving. Lines are
// read where they lie, a few hundred bytes at a time: a lookup reads some forty
// pieces of megabytes of text, never the whole of it.
import { distance } from 'fastest-levenshtein';
import type { Point } from './distance.js';

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

/** Bytes to read by position, each as a one-byte character (latin1): a file, or a text in memory. */
export interface ByteSource {
  readonly size: number;
  read(position: number, length: number): string;
}

/** The four texts of a gazetteer (see GazetteerTexts in src/data/gazetteer-source.ts), as byte sources. */
export interface GazetteerSources {
  towns: ByteSource;
  names: ByteSource;
  areas: ByteSource;
  zips: ByteSource;
}


const CHUNK = 512;
/** Reading a run of many lines, larger pieces. */
const RUN_CHUNK = 65536;

export function textSource(text: string): ByteSource {
  return { size: text.length, read: (position, length) => text.slice(position, position + length) };
}

/** The line that starts at `start`, and where the next one starts. */
function lineAt(source: ByteSource, start: number): { line: string; next: number } {
  let line = '';
  for (let at = start; at < source.size; at += CHUNK) {
    const piece = source.read(at, CHUNK);
    const end = piece.indexOf('\n');
    if (end !== -1) return { line: line + piece.slice(0, end), next: at + end + 1 };
    line += piece;
  }
  return { line, next: source.size };
}

/** Where the first line that starts after `position` starts. */
function nextLineStart(source: ByteSource, position: number): number {
  for (let at = position; at < source.size; at += CHUNK) {
    const end = source.read(at, CHUNK).indexOf('\n');
    if (end !== -1) return at + end + 1;
  }
  return source.size;
}

const keyOf = (line: string) => line.slice(0, line.indexOf('\t'));

/**
 * Halves the sorted lines of `source` towards `key`: the line whose first
 * field is `key`, or else where such a line would start (the first line after it).
 */
function seek(source: ByteSource, key: string): { at: number; line?: string } {
  let low = 0;
  let high = source.size;
  // Invariant: a line with this key, if any, starts in [low, high); low is always a line's start.
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : nextLineStart(source, middle - 1);
    if (start >= high) {
      high = middle;
      continue;
    }
    const { line, next } = lineAt(source, start);
    const lineKey = keyOf(line);
    if (lineKey === key) return { at: start, line };
    if (lineKey < key) low = next;
    else high = start;
  }
  return { at: low };
}

/** The fields after the key of the line whose first field is `key`. */
function findLine(source: ByteSource, key: string): string | undefined {
  const { line } = seek(source, key);
  return line?.slice(line.indexOf('\t') + 1);
}

/** The texts hold UTF-8 bytes one a character (see GazetteerTexts). */
function utf8(bytes: string): string {
  return /[\u0080-\u00ff]/.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
}

export class Gazetteer {
  readonly #sources: GazetteerSources;

  constructor(sources: GazetteerSources) {
    this.#sources = sources;
  }

  /** The towns a folded name (latinKey) names, most populous first. */
  towns(key: string): Town[] {
    const line = findLine(this.#sources.names, key);
    return line === undefined ? [] : line.split(',').map((offset) => this.#town(parseInt(offset, 36)));
  }

  /** A country by its ISO code: its name, and its id among the places. */
  country(code: string): { name: string; region: string } | undefined {
    const [name, region] = findLine(this.#sources.areas, code)?.split('\t') ?? [];
    return name && region ? { name: utf8(name), region } : undefined;
  }

  /** The middle of a US ZIP code area. */
  zip(code: string): Point | undefined {
    const line = findLine(this.#sources.zips, code);
    if (line === undefined) return undefined;
    const [latitude, longitude] = line.split('\t').map(Number) as [number, number];
    return { latitude, longitude };
  }

  /** Names of towns close to a mistyped one, for "did you mean": those that start alike and differ by an edit or two. */
  closeNames(key: string, limit = 3): string[] {
    const names = this.#sources.names;
    const prefix = key.slice(0, 2);
    const most = Math.max(1, Math.floor(key.length / 4));
    const near: Array<{ name: string; d: number; towns: number }> = [];
    // The names are sorted: those sharing the first two letters are one run, starting where the prefix would; read in large pieces.
    let at = seek(names, prefix).at;
    let pending = '';
    for (let done = false; !done && at < names.size; at += RUN_CHUNK) {
      const lines = (pending + names.read(at, RUN_CHUNK)).split('\n');
      pending = at + RUN_CHUNK < names.size ? (lines.pop() as string) : '';
      for (const line of lines) {
        const name = keyOf(line);
        if (!name.startsWith(prefix)) {
          done = true;
          break;
        }
        if (Math.abs(name.length - key.length) <= most) {
          const d = distance(name, key);
          if (d <= most) near.push({ name, d, towns: line.split(',').length });
        }
      }
    }
    return near
      .sort((a, b) => a.d - b.d || b.towns - a.towns)
      .slice(0, limit)
      .map(({ name }) => name);
  }

  #town(offset: number): Town {
    const [name, areaKey, latitude, longitude, population, geonameId] = lineAt(this.#sources.towns, offset).line.split('\t') as [string, string, string, string, string, string];
    const [area, areaRegion] = findLine(this.#sources.areas, areaKey)?.split('\t') ?? [];
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
