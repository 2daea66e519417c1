#!/usr/bin/env node
'use strict';
// Starts the bundled program, dist/cli.cjs, which loads one more bundle per
// command. Each bundle is compiled with the V8 code cache that the build wrote
// beside it (dist/*.cache), so a run skips compiling what every run compiles.
// A cache from another Node version is rejected by V8 and the bundle is
// compiled as usual. CommonJS on purpose: Node starts it faster than a module.
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// Set only by the build, which runs a few commands to write the caches.
const writeCaches = process.env.LMS_WRITE_CODE_CACHE === '1';
const loaded = new Map();
const compiled = [];

function readCache(file) {
  try {
    return readFileSync(file.replace(/\.cjs$/, '.cache'));
  } catch {
    return undefined;
  }
}

/** require() for a bundle: the same CommonJS wrapper Node uses, compiled with its cache. */
function load(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData: readCache(file) });
  if (writeCaches) compiled.push([file, script]);
  const module = { exports: {} };
  loaded.set(file, module);
  // Bundles require only Node's own modules and each other: this file's require() serves for the former.
  const bundleRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : require(id));
  script.runInThisContext()(module.exports, bundleRequire, module, file, dirname(file));
  return module.exports;
}

if (writeCaches) {
  process.on('exit', () => {
    for (const [file, script] of compiled) writeFileSync(file.replace(/\.cjs$/, '.cache'), script.createCachedData());
  });
}

load(join(__dirname, '..', 'dist', 'cli.cjs'));
