import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCachesFile, readCodeCaches } from '../../src/kit/code-caches.js';
import { tempDir } from '../helpers/temp.js';

describe("a command's code caches file", () => {
  const caches = new Map([
    ['cli', Uint8Array.from([0, 10, 255, 13, 10])],
    ['command-search', new Uint8Array(0)],
    ['format-search', Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256)],
  ]);

  it('gives back the ways and every cache as written, whatever characters a way has', () => {
    const file = join(tempDir(), 'search.cache');
    const ways = ['', '--region (terminal)', '--régión', '--\u{1f600}'];
    const bytes = codeCachesFile({ ways, caches });
    // The header line is ASCII, however the ways are written.
    expect([...bytes.subarray(0, bytes.indexOf(10))].every((b) => b < 0x80)).toBe(true);
    writeFileSync(file, bytes);
    const read = readCodeCaches(file);
    expect(read?.ways).toEqual(ways);
    expect([...(read?.caches.keys() ?? [])]).toEqual(['cli', 'command-search', 'format-search']);
    for (const [name, cache] of caches) expect(Buffer.from(read?.caches.get(name) ?? []).equals(cache)).toBe(true);
    // Each lies at a multiple of 8 bytes, where V8 reads a cache without copying it.
    for (const cache of read?.caches.values() ?? []) expect(cache.byteOffset % 8).toBe(0);
  });

  it('reads a long list of ways', () => {
    const file = join(tempDir(), 'search.cache');
    const ways = Array.from({ length: 20_000 }, (_, i) => `--option-${i}`);
    writeFileSync(file, codeCachesFile({ ways, caches }));
    expect(readCodeCaches(file)?.ways).toEqual(ways);
  });

  it('is none when missing, cut short, longer than its header says, or not a header', () => {
    const folder = tempDir();
    const whole = codeCachesFile({ ways: [''], caches });
    expect(readCodeCaches(join(folder, 'missing.cache'))).toBeUndefined();
    const cases = [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from([0])]), Buffer.from('no header line'), Buffer.from('{ not json\n'), Buffer.from('{"ways":[],"bundles":[["cli",-1]]}\n'), Buffer.from('[]\n')];
    for (const [i, bytes] of cases.entries()) {
      const file = join(folder, `${i}.cache`);
      writeFileSync(file, bytes);
      expect(readCodeCaches(file)).toBeUndefined();
    }
  });
});
