#!/usr/bin/env node
// npm run bench: what users run, timed. The package is packed and installed
// into a temporary prefix, as `npm install --global` would, and that `lms` is
// timed: start-up of each main command on the shipped data, the first run after
// install (no code cache yet), and search and filter over synthetic directories
// of 1,000, 10,000 and 100,000 records.
// Each case is timed as a whole process, alternating with bare `node -e 0` in
// the same run: each run is divided by the bare run just before it, and the
// median of those ratios is reported, so the numbers hold on a busy or slow
// machine. Peak memory (MB, millions of bytes) comes from separate runs.
// All three files are large enough for lms to index: their main rows are runs
// with the index in place (a file used again, unchanged); the "first run" rows
// of the two larger start each run with an empty cache folder, so lms compiles
// its code, reads and checks the whole file and writes the index.
// The terminal rows run lms, and bare Node, on a pseudo-terminal of their own
// (util-linux's script): lms's time there is bare Node's plain time plus what
// lms took on the terminal beyond bare Node on one.
// Both sides run in the same environment. Some variables make every Node
// process do work of its own at start (NODE_EXTRA_CA_CERTS: read and parse a
// certificate bundle), which makes bare Node slower and every ratio smaller:
// they are left out of both sides, unless BENCH_INHERIT_ENV=1 keeps them (the
// table's first line says which).
//   BENCH_RUNS=15 npm run bench     (default 11 runs per case, never fewer than 10)
//   BENCH_INHERIT_ENV=1 npm run bench
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDirectory } from './generate-directory.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Math.max(10, Number(process.env.BENCH_RUNS ?? 11));
const NODE_START_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const plain = process.env.BENCH_INHERIT_ENV !== '1';
const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !(plain && NODE_START_VARIABLES.includes(name))));
const startVariables = NODE_START_VARIABLES.filter((name) => environment[name] !== undefined);
const work = mkdtempSync(join(tmpdir(), 'lms-bench-'));

// The package as users get it: packed (the build is fresh: npm run bench builds first) and installed.
const npm = (args, cwd) => {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};
npm(['pack', '--ignore-scripts', '--pack-destination', work], root);
const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));
npm(['install', '--global', '--prefix', join(work, 'prefix'), tarball], work);
// The installed command's script, run with this Node as the shell would run it.
const cli = realpathSync(join(work, 'prefix', 'bin', 'lms'));

const sizes = [1_000, 10_000, 100_000];
const files = new Map(sizes.map((n) => [n, join(work, `directory-${n}.json`)]));
// A minute old, like any data file not written in the last seconds (lms does not index those).
const minuteAgo = new Date(Date.now() - 60_000);
for (const [n, file] of files) {
  writeFileSync(file, JSON.stringify(generateDirectory(n, 1)));
  utimesSync(file, minuteAgo, minuteAgo);
}
// The benchmark's own cache folder (indexes and code caches), so it neither uses nor fills the user's.
const caches = join(work, 'cache');
let fresh = 0;
const withCaches = { ...environment, LMS_CACHE_DIR: caches };
/** A new, empty cache folder for every run: no code cache and no index, as on the first run after install. */
const firstRun = () => {
  const folder = join(work, `first-${fresh++}`);
  mkdirSync(folder);
  return { ...environment, LMS_CACHE_DIR: folder };
};

/**
 * The least a command line on commander can cost: a program that registers one
 * subcommand and writes one line, bundled and compiled with a V8 code cache the
 * way lms loads its bundles (src/cli/launch.ts). Measured like the cases, it
 * shows how much of a lookup's time is the stack's, not lms's.
 */
async function floorProgram() {
  const { build } = await import('esbuild');
  const program = join(work, 'floor.cjs');
  await build({
    stdin: {
      contents: "import { Command } from 'commander'; import { writeSync } from 'node:fs'; const lms = new Command('lms'); lms.command('section').argument('<name>').action((name) => writeSync(1, `${name}\\n`)); lms.parse(process.argv);",
      resolveDir: root,
    },
    outfile: program,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // As lms's build does: commander needs child_process only for executable subcommands.
    plugins: [
      {
        name: 'no-child-process',
        setup(built) {
          built.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'unused' }));
          built.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
        },
      },
    ],
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  const launcher = join(work, 'floor-launch.cjs');
  writeFileSync(
    launcher,
    `const { readFileSync, writeFileSync } = require('node:fs');
const { Script } = require('node:vm');
const file = ${JSON.stringify(program)};
let cache;
try { cache = readFileSync(file + '.cache'); } catch {}
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file, cachedData: cache });
if (script.cachedDataRejected !== false) process.on('exit', () => writeFileSync(file + '.cache', script.createCachedData()));
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, require, module_, file, ${JSON.stringify(work)});
`,
  );
  return launcher;
}
const floor = await floorProgram();

const SEARCH = ['secnd', 'opinion'];
const FILTER = ['--region', 'nz', '--type', 'helpline'];
const cases = [
  { name: 'floor: commander, one line', args: ['section', 'treatment'], program: floor },
  { name: 'resources', args: ['resources'], target: 1.15 },
  { name: 'resources --region uk', args: ['resources', '--region', 'uk'], target: 1.15 },
  { name: 'resource nci', args: ['resource', 'nci'], target: 1.15 },
  { name: 'sections', args: ['sections'], target: 1.15 },
  { name: 'section treatment', args: ['section', 'treatment'], target: 1.15 },
  { name: 'regions', args: ['regions'], target: 1.15 },
  { name: 'types', args: ['types'], target: 1.15 },
  { name: 'about', args: ['about'], target: 1.15 },
  { name: 'search "secnd opinion"', args: ['search', ...SEARCH], target: 1.3 },
  { name: 'centres --near leeds', args: ['centres', '--near', 'leeds'], target: 1.5 },
  { name: 'centres --near 10065', args: ['centres', '--near', '10065'], target: 1.5 },
  // Drawing a map: no target, measured so a change to the map shows.
  { name: 'centres --near leeds, html', args: ['centres', '--near', 'leeds', '--format', 'html'] },
  { name: 'handout --region uk', args: ['handout', '--region', 'uk'] },
  // On a terminal, as people type them: colors, wrapping to the width, the terminal's size read.
  { name: 'section treatment, terminal', args: ['section', 'treatment'], terminal: true },
  { name: 'resources --region uk, term.', args: ['resources', '--region', 'uk'], terminal: true },
  { name: 'section treatment, first run', args: ['section', 'treatment'], env: firstRun, target: 2 },
  { name: 'search, first run', args: ['search', ...SEARCH], env: firstRun, target: 2 },
  ...sizes.flatMap((n) => {
    const size = n.toLocaleString('en');
    const filter = ['resources', '--data', files.get(n), ...FILTER];
    const search = ['search', '--data', files.get(n), ...SEARCH];
    return [
      { name: `filter, ${size} records`, args: filter, target: n === 100_000 ? 8 : undefined, memory: true },
      { name: `search, ${size} records`, args: search, target: n === 10_000 ? 3 : n === 100_000 ? 20 : undefined, memory: true, memoryTarget: n === 100_000 ? 300 : undefined },
      ...(n >= 10_000
        ? [
            { name: `filter, ${size}, first run`, args: filter, env: firstRun, memory: true },
            { name: `search, ${size}, first run`, args: search, env: firstRun, memory: true },
          ]
        : []),
    ];
  }),
];

function time(args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/**
 * Runs a command line on a pseudo-terminal of 80 columns and 40 rows, through util-linux's
 * `script`, and returns how long that took; undefined where there is no such `script`.
 * PAGER=cat: a pager would wait for a key.
 */
function onTerminal(args, env) {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const started = process.hrtime.bigint();
  const result = spawnSync('script', ['-qec', `stty cols 80 rows 40; exec ${quoted}`, '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, PAGER: 'cat' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) return undefined;
  if (result.status !== 0) throw new Error(`${args.join(' ')} on a terminal exited ${result.status}: ${result.stderr}`);
  return ms;
}
const terminals = process.platform === 'linux' && onTerminal(['-e', '0'], environment) !== undefined;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function peakMemoryMB(args, env) {
  const file = join(work, 'rss');
  const peaks = [0, 1, 2].map(() => {
    time(['--require', join(root, 'scripts', 'bench-rss.cjs'), ...args], { ...env(), LMS_BENCH_RSS: file });
    // maxRSS is in KiB.
    return (Number(readFileSync(file, 'utf8')) * 1024) / 1e6;
  });
  return median(peaks);
}

const rows = [];
const baseAll = [];
for (const c of cases) {
  const env = c.env ?? (() => withCaches);
  if (c.terminal) {
    if (!terminals) continue;
    // Bare Node and lms each on a terminal of their own; what lms adds there is compared with bare Node's own time.
    onTerminal([cli, ...c.args], env());
    const ratios = [];
    const own = [];
    for (let i = 0; i < runs; i++) {
      const base = time(['-e', '0'], environment);
      const baseThere = onTerminal(['-e', '0'], environment);
      const ownThere = onTerminal([cli, ...c.args], env());
      baseAll.push(base);
      own.push(base + ownThere - baseThere);
      ratios.push(1 + (ownThere - baseThere) / base);
    }
    rows.push({ ...c, ms: median(own), ratio: median(ratios), ok: true });
    process.stderr.write('.');
    continue;
  }
  const program = c.program ?? cli;
  // One run first, so a file's index (or the floor's code cache) is in place before the timed runs.
  time([program, ...c.args], env());
  const base = [];
  const own = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(['-e', '0'], environment));
    own.push(time([program, ...c.args], env()));
  }
  baseAll.push(...base);
  const ratio = median(own.map((ms, i) => ms / base[i]));
  const memory = c.memory ? peakMemoryMB([cli, ...c.args], env) : undefined;
  const ok = (c.target === undefined || ratio <= c.target) && (c.memoryTarget === undefined || memory < c.memoryTarget);
  rows.push({ ...c, ms: median(own), ratio, memory, ok });
  process.stderr.write(`.`);
}
process.stderr.write('\n');
rmSync(work, { recursive: true, force: true });

const pad = (text, width) => String(text).padEnd(width);
const lines = [
  `lms benchmark of the installed package: median of ${runs} runs each, alternating with bare \`node -e 0\` (median ${median(baseAll).toFixed(1)} ms); Node ${process.version}; ${
    startVariables.length > 0 ? `set for both: ${startVariables.join(', ')}` : plain ? `left out of both: ${NODE_START_VARIABLES.join(', ')}` : 'no Node start-up variables set'
  }`,
  '',
  `| ${pad('case', 28)} | ${pad('median ms', 9)} | ${pad('× node', 7)} | ${pad('target', 7)} | ${pad('peak MB', 11)} | ${pad('result', 6)} |`,
  `| ${'-'.repeat(28)} | ${'-'.repeat(9)} | ${'-'.repeat(7)} | ${'-'.repeat(7)} | ${'-'.repeat(11)} | ${'-'.repeat(6)} |`,
  ...rows.map(
    (r) =>
      `| ${pad(r.name, 28)} | ${pad(r.ms.toFixed(0), 9)} | ${pad(r.ratio.toFixed(2), 7)} | ${pad(r.target ? `≤ ${r.target}` : '', 7)} | ${pad(r.memory === undefined ? '' : `${r.memory.toFixed(0)}${r.memoryTarget ? ` (< ${r.memoryTarget})` : ''}`, 11)} | ${pad(r.target === undefined && r.memoryTarget === undefined ? '' : r.ok ? 'ok' : 'MISSED', 6)} |`,
  ),
];
if (!terminals) lines.push('', "(The terminal rows need util-linux's script, which this system lacks; they were left out.)");
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
