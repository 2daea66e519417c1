#!/usr/bin/env node
'use strict';
// Starts the bundled program, dist/cli.cjs, which loads one more bundle per
// command. Each bundle is compiled with a V8 code cache kept in the user's
// cache folder (the one lms keeps indexes in; see dist/cache-directory.cjs), so
// a run skips compiling what an earlier run compiled. The first run, or one
// whose cache V8 rejects (damaged, or made by another Node or lms), compiles as
// usual and writes the cache as it exits. The package folder is never written,
// and a cache that cannot be read or written changes nothing but speed.
// LMS_NO_CACHE=1 turns it off. CommonJS on purpose: Node starts it faster than a module.
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const loaded = new Map();
const stale = [];

/** Runs a bundle in the same CommonJS wrapper Node uses, compiled with `cachedData` when given; returns its script. */
function run(file, cachedData, bundleRequire) {
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  loaded.set(file, module);
  script.runInThisContext()(module.exports, bundleRequire, module, file, dirname(file));
  return script;
}

/** The folder of this Node's and this lms's caches, or undefined for none. Read without Node's module loader, which costs more than this small file. */
function codeCacheFolder() {
  try {
    const file = join(dist, 'cache-directory.cjs');
    run(file, undefined, require);
    return loaded.get(file).exports.codeCacheFolder(process.env);
  } catch {
    return undefined;
  }
}

const cacheFolder = codeCacheFolder();

function readCache(name) {
  if (cacheFolder === undefined) return undefined;
  try {
    return readFileSync(join(cacheFolder, `${name}.cache`));
  } catch {
    return undefined;
  }
}

/** require() for a bundle, compiled with its cache. */
function load(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const name = file.slice(dist.length + 1).replace(/\.cjs$/, '');
  // Bundles require only Node's own modules and each other: this file's require() serves for the former.
  const bundleRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : require(id));
  const script = run(file, readCache(name), bundleRequire);
  if (cacheFolder !== undefined && script.cachedDataRejected !== false) stale.push([name, script]);
  return loaded.get(file).exports;
}

/** Writes the caches that were missing or rejected, each whole or not at all (a file is renamed into place only once written). */
function writeCaches() {
  try {
    mkdirSync(cacheFolder, { recursive: true });
    for (const [name, script] of stale) {
      const file = join(cacheFolder, `${name}.cache`);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, file);
    }
  } catch {
    // A read-only or full cache folder: the next run compiles again.
  }
}

// At exit, so the caches hold the functions this run compiled, not only the top level.
process.on('exit', () => {
  if (stale.length > 0) writeCaches();
});

load(join(dist, 'cli.cjs'));
