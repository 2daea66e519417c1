import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_ID } from '../../src/generated/build-id.js';
import { codeCachesFile, readCodeCaches } from '../../src/kit/code-caches.js';
import { CLI, ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp.js';

const own = `node-${process.version}-${process.arch}-lms-${BUILD_ID}`;
const launcher = CLI.slice(ROOT.length + 1);

/** Runs `lms section treatment` (or other words) from `root` (a copy of the package, or the repository) with these variables. */
function run(env: Record<string, string>, root = ROOT, args = ['section', 'treatment']) {
  return spawnSync(process.execPath, [join(root, launcher), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
}

const expected = run({ LMS_NO_CACHE: '1' }).stdout;

/** The file of this Node's and this lms's caches for a command in a cache folder. */
const cacheFile = (folder: string, command = 'section') => join(folder, 'code', own, `${command}.cache`);

/** The caches of this Node and this lms for a command in a cache folder, by bundle. */
function caches(folder: string, command = 'section'): Map<string, Uint8Array> {
  return readCodeCaches(cacheFile(folder, command))?.caches ?? new Map<string, Uint8Array>();
}

describe('code caches in the user cache folder', () => {
  it('are written by the first run, per Node and lms version, and used as they are by the next', () => {
    const folder = tempDir();
    const first = run({ LMS_CACHE_DIR: folder });
    expect(first.stdout).toBe(expected);
    expect([...caches(folder).keys()]).toEqual(expect.arrayContaining(['cli', 'command-section']));
    const time = statSync(cacheFile(folder)).mtimeMs;
    expect(run({ LMS_CACHE_DIR: folder }).stdout).toBe(expected);
    // V8 took them: nothing was written again.
    expect(statSync(cacheFile(folder)).mtimeMs).toBe(time);
  });

  it("keeps each command's caches apart, named by the command, an alias's under its command", () => {
    // A cache holds only the code compiled when it was written: one shared by every command would hold the first one's.
    const folder = tempDir();
    run({ LMS_CACHE_DIR: folder });
    const sectionCaches = caches(folder);
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['sections']).status).toBe(0);
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['--color', 'never', 'centers', '--region', 'uk']).status).toBe(0);
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['--version']).status).toBe(0);
    expect(readdirSync(join(folder, 'code', own)).sort()).toEqual(['centres.cache', 'lms.cache', 'section.cache', 'sections.cache']);
    expect([...caches(folder, 'sections').keys()]).toEqual(expect.arrayContaining(['cli', 'command-sections']));
    expect([...caches(folder, 'centres').keys()]).toEqual(expect.arrayContaining(['cli', 'command-centres']));
    // The other commands left the first one's caches as they were.
    expect(caches(folder)).toEqual(sectionCaches);
  });

  it("adds the code of a way of running a command not run before to the command's caches, once", () => {
    // Caches written by `lms resources` hold no code for finding a place: `--region` would compile it on every run.
    const folder = tempDir();
    const ways = () => readCodeCaches(cacheFile(folder, 'resources'))?.ways;
    const plain = run({ LMS_NO_CACHE: '1' }, ROOT, ['resources', '--region', 'uk']).stdout;
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['resources']).status).toBe(0);
    const first = caches(folder, 'resources');
    expect(ways()).toEqual(['']);
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['resources', '--region', 'uk']).stdout).toBe(plain);
    const grown = caches(folder, 'resources');
    expect(ways()).toEqual(['', '--region']);
    // The command's own code grew by the place's; what the first way ran is still there.
    expect((grown.get('command-resources') as Uint8Array).length).toBeGreaterThan((first.get('command-resources') as Uint8Array).length);
    // The same way again, with another value, and the first way again: nothing is written.
    const time = statSync(cacheFile(folder, 'resources')).mtimeMs;
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['resources', '--region=us']).status).toBe(0);
    expect(run({ LMS_CACHE_DIR: folder }, ROOT, ['resources']).status).toBe(0);
    expect(statSync(cacheFile(folder, 'resources')).mtimeMs).toBe(time);
    expect(caches(folder, 'resources')).toEqual(grown);
  });

  it('compiles as usual, and writes the caches again, when their file is damaged', () => {
    const folder = tempDir();
    run({ LMS_CACHE_DIR: folder });
    const whole = readFileSync(cacheFile(folder));
    for (const damaged of ['{ not json', `{"ways":[""],"bundles":[["cli",1]]}\n`, whole.subarray(0, whole.length - 1)]) {
      writeFileSync(cacheFile(folder), damaged);
      const again = run({ LMS_CACHE_DIR: folder });
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(expected);
      expect(readCodeCaches(cacheFile(folder))?.ways).toEqual(['']);
      expect([...caches(folder).keys()]).toEqual(expect.arrayContaining(['cli', 'command-section']));
    }
  });

  it('replaces a damaged cache and prints the same', () => {
    const folder = tempDir();
    run({ LMS_CACHE_DIR: folder });
    const spoilt = Buffer.from('not a V8 code cache');
    writeFileSync(cacheFile(folder), codeCachesFile({ ways: [''], caches: new Map([...caches(folder).keys()].map((name) => [name, spoilt])) }));
    const again = run({ LMS_CACHE_DIR: folder });
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(expected);
    expect(caches(folder).size).toBeGreaterThan(0);
    for (const content of caches(folder).values()) expect(Buffer.from(content).equals(spoilt)).toBe(false);
  });

  it("ignores another version's caches", () => {
    const folder = tempDir();
    const foreign = join(folder, 'code', 'node-v0.0.0-x64-lms-0.0.0');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'cli.cache'), 'from elsewhere');
    const result = run({ LMS_CACHE_DIR: folder });
    expect(result.stdout).toBe(expected);
    expect(readFileSync(join(foreign, 'cli.cache'), 'utf8')).toBe('from elsewhere');
    expect(caches(folder).size).toBeGreaterThan(0);
  });

  it("removes another build's caches for this Node as it writes its own, and leaves another Node's", () => {
    const folder = tempDir();
    const older = join(folder, 'code', `node-${process.version}-${process.arch}-lms-0123456789abcdef`, 'section');
    const otherNode = join(folder, 'code', 'node-v0.0.0-x64-lms-0123456789abcdef', 'section');
    for (const dir of [older, otherNode]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'cli.cache'), 'from elsewhere');
    }
    expect(run({ LMS_CACHE_DIR: folder }).stdout).toBe(expected);
    expect(readdirSync(join(folder, 'code')).sort()).toEqual(['node-v0.0.0-x64-lms-0123456789abcdef', own].sort());
    expect(existsSync(join(otherNode, 'cli.cache'))).toBe(true);
    expect(caches(folder).size).toBeGreaterThan(0);
  });

  it.skipIf(process.getuid?.() === 0)('works the same with a cache folder it cannot write', () => {
    const folder = tempDir();
    chmodSync(folder, 0o555);
    const result = run({ LMS_CACHE_DIR: folder });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected);
  });

  it('works the same when the cache folder is a file, and never writes into the package folder', () => {
    const copy = tempDir();
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    const before = readdirSync(join(copy, 'dist')).sort();
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const result = run({ LMS_CACHE_DIR: file }, copy);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected);
    expect(readdirSync(join(copy, 'dist')).sort()).toEqual(before);
  });

  it("never runs another build's code from its cache, even of a bundle of the same length", () => {
    // V8 checks a cache against the length of its source only: a rebuild of one version must not reuse it.
    const copy = tempDir();
    for (const part of ['dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    const folder = tempDir();
    expect(run({ LMS_CACHE_DIR: folder }, copy).stdout).toBe(expected);
    const rebuild = (file: string, from: string, to: string) => writeFileSync(join(copy, 'dist', file), readFileSync(join(copy, 'dist', file), 'utf8').replaceAll(from, to));
    rebuild('format-sections.cjs', 'Not medical advice', 'NOT MEDICAL ADVICE');
    rebuild(launcher.replace(/^dist\//, ''), BUILD_ID, 'f'.repeat(BUILD_ID.length));
    const result = run({ LMS_CACHE_DIR: folder }, copy);
    expect(result.stdout).toContain('NOT MEDICAL ADVICE');
    expect(result.stdout).toBe(expected.replaceAll('Not medical advice', 'NOT MEDICAL ADVICE'));
  });

  it('writes nothing with LMS_NO_CACHE=1', () => {
    const folder = tempDir();
    expect(run({ LMS_CACHE_DIR: folder, LMS_NO_CACHE: '1' }).stdout).toBe(expected);
    expect(readdirSync(folder)).toEqual([]);
  });
});
