#!/usr/bin/env node
// CommonJS on purpose: Node starts a bundled CommonJS file faster than an ES module.
require('../dist/cli.cjs');
