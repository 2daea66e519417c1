import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp.js';

describe('starting from code caches', () => {
  it('has a cache for the core and the usual commands', () => {
    const caches = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cache'));
    expect(caches).toEqual(expect.arrayContaining(['cli.cache', 'command-resources.cache', 'command-section.cache', 'shipped-data.cache']));
  });

  it.each([
    ['missing', (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache')).forEach((f) => writeFileSync(join(dir, f), ''))],
    ['corrupt', (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache')).forEach((f) => writeFileSync(join(dir, f), 'not a V8 code cache'))],
  ])('works the same with caches that are %s', (_, spoil) => {
    const copy = tempDir();
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    spoil(join(copy, 'dist'));
    const run = (root: string) => spawnSync(process.execPath, [join(root, 'bin', 'lms.cjs'), 'section', 'treatment'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    const spoiled = run(copy);
    expect(spoiled.stderr).toBe('');
    expect(spoiled.status).toBe(0);
    expect(spoiled.stdout).toBe(run(ROOT).stdout);
  });
});
