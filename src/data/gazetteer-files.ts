// The gazetteer the build packed into dist/data (gazetteer-source.ts), as
// files read by position: a lookup reads the few lines it needs, not the
// megabytes around them, and a ZIP code never opens the towns.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { packedFile } from './packed-files.js';
import { Gazetteer } from '../query/gazetteer.js';
import type { ByteSource, GazetteerSources } from '../query/gazetteer.js';

let cached: Gazetteer | undefined;

/** A file as a byte source, opened when first read and kept open for the rest of the run. */
function fileSource(path: string): ByteSource {
  let fd: number | undefined;
  let size = -1;
  const buffer = Buffer.alloc(65536);
  const open = () => {
    if (fd === undefined) {
      fd = openSync(path, 'r');
      size = fstatSync(fd).size;
      process.once('exit', () => closeSync(fd as number));
    }
    return fd;
  };
  return {
    get size() {
      open();
      return size;
    },
    read(position, length) {
      // latin1: the files hold UTF-8 bytes, and the offsets in them count bytes (see GazetteerTexts).
      const read = readSync(open(), buffer, 0, Math.min(length, buffer.length), position);
      return buffer.toString('latin1', 0, read);
    },
  };
}

export function shippedGazetteer(): Gazetteer {
  if (cached) return cached;
  const source = (name: string) => fileSource(packedFile(`gazetteer-${name}.txt`));
  const sources: GazetteerSources = { towns: source('towns'), names: source('names'), areas: source('areas'), zips: source('zips') };
  cached = new Gazetteer(sources);
  return cached;
}
