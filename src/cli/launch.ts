#!/usr/bin/env node
// The `lms` command (built into dist/lms.cjs, the package's bin): loads the
// program, dist/cli.cjs, which loads one more bundle per command. Each bundle
// is compiled with a V8 code cache kept in the user's cache folder, so a run
// skips compiling what an earlier run compiled. The first run, or one whose
// cache V8 rejects (damaged, or made by another Node or lms), compiles as usual
// and writes the caches as it exits; so does a run that takes a command another
// way than before (see wayOf). The package folder is never written, and a
// cache that cannot be read or written changes nothing but speed.
// LMS_NO_CACHE=1 turns it off. CommonJS on purpose: Node starts it faster than a module.
import { accessSync, constants, fstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { COMMAND_WORDS } from '../generated/command-words.js';
import { codeCacheFolder, inside, otherBuildsCaches } from '../kit/cache-directory.js';
import { codeCachesFile, readCodeCaches } from '../kit/code-caches.js';

interface Bundle {
  exports: unknown;
}
type BundleRequire = (id: string) => unknown;

/**
 * Node's own modules, for the bundles, from process.getBuiltinModule (Node
 * 20.16 and later): it does not go through the module loader as require() does.
 */
const builtin = (process.getBuiltinModule as ((id: string) => unknown) | undefined) ?? require;

const dist = __dirname;
/** The bundles loaded, by name (`cli` for dist/cli.cjs). */
const loaded = new Map<string, Bundle>();
/** Every bundle this run compiled, by name, in the order loaded. */
const compiled: Array<[string, Script]> = [];

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
  const options: string[] = [];
  for (const word of argv) {
    const option = word.startsWith('-') ? word.split('=')[0] : undefined;
    if (option !== undefined && !options.includes(option)) options.push(option);
  }
  options.sort();
  try {
    if (fstatSync(1).isCharacterDevice()) options.push('(terminal)');
  } catch {
    // No output at all: as a pipe.
  }
  return options.join(' ');
}

/** This build's caches for this Node, a file per command (src/kit/code-caches.ts). */
const buildFolder = codeCacheFolder(process.env);
const cacheFile = buildFolder && inside(buildFolder, `${commandOf(process.argv.slice(2))}.cache`);
const saved = cacheFile === undefined ? undefined : readCodeCaches(cacheFile);

/** Whether this run takes the command a way its caches do not hold. */
const way = wayOf(process.argv.slice(2));
const newWay = cacheFile !== undefined && !(saved?.ways ?? []).includes(way);

/**
 * require() for a bundle, by name, compiled with its cache. The build wrote
 * each inside the function Node wraps a CommonJS module in, so its text
 * compiles as it is. Bundles require only Node's own modules and each other
 * (`./name.cjs`, all in dist), whose paths are put together as text (inside).
 */
function load(name: string): unknown {
  const done = loaded.get(name);
  if (done) return done.exports;
  const file = inside(dist, `${name}.cjs`);
  const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData: saved?.caches.get(name) });
  compiled.push([name, script]);
  const bundle: Bundle = { exports: {} };
  loaded.set(name, bundle);
  const bundleRequire: BundleRequire = (id) => (id.startsWith('./') ? load(id.slice('./'.length, -'.cjs'.length)) : builtin(id));
  (script.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, bundleRequire, bundle, file, dist);
  return bundle.exports;
}

/**
 * Writes the command's caches again, whole or not at all (the file is renamed
 * into place only once written): every bundle this run loaded, as compiled
 * now, and those it did not load as they were.
 */
function writeCaches(file: string): void {
  const caches = new Map(saved?.caches);
  for (const [name, script] of compiled) caches.set(name, script.createCachedData());
  const ways = [...(saved?.ways ?? []), ...(newWay ? [way] : [])];
  try {
    mkdirSync(dirname(file), { recursive: true });
    // A folder that cannot be written would take every cache made for it, on every run, to no end.
    accessSync(dirname(file), constants.W_OK);
  } catch {
    // A read-only cache folder, or a file in its place: the next run compiles again.
    return;
  }
  const partial = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, codeCachesFile({ ways, caches }));
    renameSync(partial, file);
  } catch {
    // A full disk leaves half a file: it is removed, never renamed into place.
    rmSync(partial, { force: true });
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
// A cache missing or rejected (cachedDataRejected is undefined or true), or a new way, writes them all.
process.on('exit', () => {
  if (cacheFile === undefined || !(newWay || compiled.some(([, script]) => script.cachedDataRejected !== false))) return;
  writeCaches(cacheFile);
  removeOtherBuilds(buildFolder as string);
});

load('cli');
