#!/usr/bin/env node
'use strict';
// Starts the bundled program, dist/cli.cjs, which loads one more bundle per
// command. Each bundle is compiled with a V8 code cache kept in the user's
// cache folder (the one lms keeps indexes in; see dist/cache-directory.cjs), so
// a run skips compiling what an earlier run compiled. The caches of all bundles
// are one file, read once at start: a run opens one file rather than one per
// bundle, and a run that compiled something writes them all back at once. The
// first run, or one whose cache V8 rejects (damaged, or made by another Node or
// lms), compiles as usual and writes the file as it exits. The package folder
// is never written, and a cache that cannot be read or written changes nothing
// but speed. LMS_NO_CACHE=1 turns it off. CommonJS on purpose: Node starts it
// faster than a module.
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

/** The file of this Node's and this lms's caches, or undefined for none. Read without Node's module loader, which costs more than this small file. */
function codeCacheFile() {
  try {
    const file = join(dist, 'cache-directory.cjs');
    run(file, undefined, require);
    return loaded.get(file).exports.codeCacheFile(process.env);
  } catch {
    return undefined;
  }
}

const cacheFile = codeCacheFile();

/**
 * The caches by bundle name. The file is a 4-byte length, a JSON header of that
 * length ({ "cli": [offset, length], … }) and the caches one after another; a
 * file that does not read as one holds none.
 */
function readCaches() {
  const caches = new Map();
  if (cacheFile === undefined) return caches;
  try {
    const pack = readFileSync(cacheFile);
    const start = 4 + pack.readUInt32LE(0);
    for (const [name, [offset, length]] of Object.entries(JSON.parse(pack.toString('utf8', 4, start)))) {
      if (Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length > 0 && start + offset + length <= pack.length) {
        caches.set(name, pack.subarray(start + offset, start + offset + length));
      }
    }
  } catch {
    caches.clear();
  }
  return caches;
}

const caches = readCaches();

/** require() for a bundle, compiled with its cache. */
function load(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const name = file.slice(dist.length + 1).replace(/\.cjs$/, '');
  // Bundles require only Node's own modules and each other: this file's require() serves for the former.
  const bundleRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : require(id));
  const script = run(file, caches.get(name), bundleRequire);
  if (cacheFile !== undefined && script.cachedDataRejected !== false) stale.push([name, script]);
  return loaded.get(file).exports;
}

/** Writes the caches back, with those made this run: whole or not at all (the file is renamed into place only once written). */
function writeCaches() {
  try {
    for (const [name, script] of stale) caches.set(name, script.createCachedData());
    const header = {};
    let offset = 0;
    for (const [name, data] of caches) {
      header[name] = [offset, data.length];
      offset += data.length;
    }
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length, 0);
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, Buffer.concat([length, json, ...caches.values()]));
    renameSync(partial, cacheFile);
  } catch {
    // A read-only or full cache folder: the next run compiles again.
  }
}

// At exit, so the caches hold the functions this run compiled, not only the top level.
process.on('exit', () => {
  if (stale.length > 0) writeCaches();
});

load(join(dist, 'cli.cjs'));
