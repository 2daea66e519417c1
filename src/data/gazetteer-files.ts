// The gazetteer the build packed into dist/data (gazetteer-source.ts), each
// file read when a lookup first needs it: a ZIP code never reads the towns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerDirectory } from '../generated/shipped-data.js';
import { Gazetteer } from '../query/gazetteer.js';
import type { GazetteerTexts } from './gazetteer-source.js';

let cached: Gazetteer | undefined;

export function shippedGazetteer(): Gazetteer {
  if (cached) return cached;
  const directory = typeof gazetteerDirectory === 'string' ? gazetteerDirectory : fileURLToPath(gazetteerDirectory);
  const texts = {} as GazetteerTexts;
  for (const name of ['towns', 'names', 'areas', 'zips'] as const) {
    let text: string | undefined;
    // latin1: the files hold UTF-8 bytes, and the offsets in them count bytes (see GazetteerTexts).
    Object.defineProperty(texts, name, { get: () => (text ??= readFileSync(join(directory, `gazetteer-${name}.txt`), 'latin1')) });
  }
  cached = new Gazetteer(texts);
  return cached;
}
