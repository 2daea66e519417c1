// A command's V8 code caches, kept in one file so that a run reads them with
// one read: a first line of JSON, { "ways": [...], "bundles": [[name, length], ...] },
// then each bundle's cache, in that order. Each cache starts at a multiple of
// 8 bytes, the header line and every cache before it padded to one: V8 copies
// a cache that does not lie at one before it reads it.
import { closeSync, fstatSync, openSync } from 'node:fs';
import { readInto } from '../data/read-into.js';

export interface CodeCaches {
  /** The ways of running the command whose code the caches hold (see wayOf in src/cli/launch.ts). */
  ways: string[];
  /** Each bundle's cache, by the bundle's name (`cli` for dist/cli.cjs). */
  caches: Map<string, Uint8Array>;
}

const NEWLINE = 10;
const ALIGNMENT = 8;

/** The first multiple of ALIGNMENT at or after `at`. */
const aligned = (at: number) => Math.ceil(at / ALIGNMENT) * ALIGNMENT;

/**
 * The caches in a file, or undefined when there is none or it is not whole (a
 * header that does not parse, or lengths that do not add up to the file's):
 * then every bundle compiles as usual, and V8 itself refuses a cache that is
 * not one. Read into one array, by hand: Node's readFileSync takes a few
 * tenths of a millisecond more the first time it returns bytes, which every
 * run would pay. This runs before any code cache is read, compiled on every
 * run, so it checks no more than it must.
 */
export function readCodeCaches(file: string): CodeCaches | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(size);
    if (!readInto(fd, bytes, 0)) return undefined;
    const end = bytes.indexOf(NEWLINE);
    // The header is ASCII (codeCachesFile escapes the rest), so its bytes are its characters;
    // taken a piece at a time, as a long list of ways would pass more arguments than a call takes.
    let header = '';
    for (let at = 0; at < end; at += 4096) header += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(at + 4096, end)) as unknown as number[]);
    const { ways, bundles } = JSON.parse(header) as { ways: string[]; bundles: Array<[string, number]> };
    const caches = new Map<string, Uint8Array>();
    let at = end + 1;
    for (const [name, length] of bundles) {
      at = aligned(at);
      caches.set(name, bytes.subarray(at, (at += length)));
    }
    return end !== -1 && aligned(at) === size && Array.isArray(ways) ? { ways, caches } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The bytes of a file holding these caches: readCodeCaches gives them back. */
export function codeCachesFile({ ways, caches }: CodeCaches): Buffer {
  const header = JSON.stringify({ ways, bundles: [...caches].map(([name, cache]) => [name, cache.length]) });
  // A way is words the user typed, any characters; the header stays ASCII.
  const ascii = header.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const parts: Uint8Array[] = [Buffer.from(`${ascii.padEnd(aligned(ascii.length + 1) - 1)}\n`, 'latin1')];
  for (const cache of caches.values()) parts.push(cache, new Uint8Array(aligned(cache.length) - cache.length));
  return Buffer.concat(parts);
}
