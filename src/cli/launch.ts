#!/usr/bin/env node
// The `lms` command (built into dist/lms.cjs, the package's bin): loads the
// program, dist/cli.cjs, which loads one more bundle per command. Each bundle
// is compiled with a V8 code cache kept in the user's cache folder, so a run
// skips compiling what an earlier run compiled. The first run, or one whose
// cache V8 rejects (damaged, or made by another Node or lms), compiles as usual
// and writes the cache as it exits; so does a run that takes a command another
// way than before (see wayOf). The package folder is never written, and a
// cache that cannot be read or written changes nothing but speed.
// LMS_NO_CACHE=1 turns it off. CommonJS on purpose: Node starts it faster than a module.
import { accessSync, constants, fstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { COMMAND_WORDS } from '../generated/command-words.js';
import { codeCacheFolder, otherBuildsCaches } from '../kit/cache-directory.js';

interface Bundle {
  exports: unknown;
}
type BundleRequire = (id: string) => unknown;

const dist = __dirname;
const loaded = new Map<string, Bundle>();
const stale: Array<[string, Script]> = [];

/**
 * The command a command line runs (its first word that names one), or `lms`
 * for help and the orientation. A V8 code cache holds only the functions
 * compiled when it was written, so each command keeps caches of its own: one
 * shared by all would hold the code of whichever command ran first, and every
 * other would compile its own code again on every run.
 */
function commandOf(argv: readonly string[]): string {
  const word = argv.find((w) => Object.hasOwn(COMMAND_WORDS, w));
  return word === undefined ? 'lms' : (COMMAND_WORDS[word] as string);
}

/**
 * Which of a command's code a command line reaches, as far as the words tell:
 * the options it names (not their values) and whether it writes to a terminal
 * (a character device, /dev/null included: a key, not a decision). A command's
 * caches hold the functions of the runs that wrote them, so a run of
 * `resources --region uk` after caches written by `resources` would compile the
 * code of the place it asks for on every run: a way not seen before writes the
 * caches again as it exits, holding what they held and what it compiled.
 */
function wayOf(argv: readonly string[]): string {
  const options = new Set(argv.filter((word) => word.startsWith('-')).map((word) => word.split('=')[0]));
  let terminal = false;
  try {
    terminal = fstatSync(1).isCharacterDevice();
  } catch {
    // No output at all: as a pipe.
  }
  return [...options].sort().concat(terminal ? ['(terminal)'] : []).join(' ');
}

/** This build's caches for this Node, one folder per command in it. */
const buildFolder = codeCacheFolder(process.env);
const cacheFolder = buildFolder && join(buildFolder, commandOf(process.argv.slice(2)));

/** The ways this command has been run that its caches hold (a JSON list), and whether this run's is among them. */
const way = wayOf(process.argv.slice(2));
const ways = cacheFolder === undefined ? [] : readWays(cacheFolder);
const newWay = cacheFolder !== undefined && !ways.includes(way);

function readWays(folder: string): string[] {
  try {
    const list: unknown = JSON.parse(readFileSync(join(folder, 'ways.json'), 'utf8'));
    return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [];
  } catch {
    return [];
  }
}

function readCache(name: string): Buffer | undefined {
  if (cacheFolder === undefined) return undefined;
  try {
    return readFileSync(join(cacheFolder, `${name}.cache`));
  } catch {
    return undefined;
  }
}

/**
 * require() for a bundle, compiled with its cache. The build wrote each inside
 * the function Node wraps a CommonJS module in, so its text compiles as it is.
 */
function load(file: string): unknown {
  const done = loaded.get(file);
  if (done) return done.exports;
  // Sliced, not matched: a pattern costs a compilation on every run.
  const name = file.slice(dist.length + 1, -'.cjs'.length);
  const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData: readCache(name) });
  if (cacheFolder !== undefined && (newWay || script.cachedDataRejected !== false)) stale.push([name, script]);
  const bundle: Bundle = { exports: {} };
  loaded.set(file, bundle);
  // Bundles require only Node's own modules and each other: this file's require() serves for the former.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundles are CommonJS, and this is their require()
  const bundleRequire: BundleRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : require(id));
  (script.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, bundleRequire, bundle, file, dirname(file));
  return bundle.exports;
}

/**
 * Writes the caches that were missing or rejected, or every one this run loaded
 * when it took the command a new way, each whole or not at all (a file is
 * renamed into place only once written).
 */
function writeCaches(folder: string): void {
  const writeWhole = (file: string, data: string | Uint8Array) => {
    const partial = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(partial, data);
      renameSync(partial, file);
    } catch (error) {
      // A full disk leaves half a file: it is removed, never renamed into place or left behind.
      rmSync(partial, { force: true });
      throw error;
    }
  };
  try {
    mkdirSync(folder, { recursive: true });
    // A folder that cannot be written would take every cache made for it, on every run, to no end.
    accessSync(folder, constants.W_OK);
    for (const [name, script] of stale) writeWhole(join(folder, `${name}.cache`), script.createCachedData());
    // Recorded once its code is in the caches: a run that fails to write them tries again next time.
    if (newWay) writeWhole(join(folder, 'ways.json'), JSON.stringify([...ways, way]));
  } catch {
    // A read-only or full cache folder: the next run compiles again.
  }
}

/**
 * Removes the caches other builds of lms wrote for this Node: no run of this
 * build reads them, and each upgrade would otherwise leave its own behind.
 * Another Node's are left for it. Done as this build writes caches.
 */
function removeOtherBuilds(own: string): void {
  const root = dirname(own);
  try {
    for (const name of readdirSync(root)) if (otherBuildsCaches(name)) rmSync(join(root, name), { recursive: true, force: true });
  } catch {
    // Nothing to remove, or not now: a later first run tries again.
  }
}

// At exit, so the caches hold the functions this run compiled, not only the top level.
process.on('exit', () => {
  if (cacheFolder === undefined || stale.length === 0) return;
  writeCaches(cacheFolder);
  removeOtherBuilds(buildFolder as string);
});

load(join(dist, 'cli.cjs'));
