import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const out = tempDir();
  const report = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], ROOT)) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
  const packed = report[0];
  if (!packed) throw new Error('npm pack reported nothing');
  tarball = join(out, packed.filename);
  files = packed.files.map((f) => f.path);
}, 120_000);

describe('npm pack', () => {
  it('holds what a user needs and nothing else: no tests, sources or source maps', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/lms.cjs', 'dist/cli.cjs', 'dist/lib/index.js', 'dist/types/index.d.ts', 'README.md', 'LICENSE', 'package.json']));
    expect(files.filter((f) => /^(test|src|scripts|data\/[a-z]+\.json)\b|\.map$|\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });
});

describe('npm install -g of the tarball', () => {
  it('prints no warning, and gives an lms that runs from any folder without writing to its package folder', () => {
    const prefix = tempDir();
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, tarball, '--no-audit', '--no-fund'], { cwd: prefix, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    expect(install.status).toBe(0);
    expect(install.stderr).not.toMatch(/warn/i);
    const packageFolder = join(prefix, 'lib', 'node_modules', 'lms-directory');
    const before = readdirSync(packageFolder, { recursive: true }).sort();
    const cache = tempDir();
    const elsewhere = tempDir();
    const first = spawnSync(join(prefix, 'bin', 'lms'), ['section', 'treatment'], { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, LMS_CACHE_DIR: cache } });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Treatment options');
    // The code caches went to the cache folder, and the package folder is as installed.
    expect(readdirSync(join(cache, 'code'))).toHaveLength(1);
    expect(readdirSync(packageFolder, { recursive: true }).sort()).toEqual(before);
  }, 120_000);

  it('gives a working lms command', () => {
    const prefix = tempDir();
    npm(['install', '--global', '--prefix', prefix, tarball], prefix);
    const lms = join(prefix, 'bin', 'lms');
    expect(execFileSync(lms, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const result = spawnSync(lms, ['resources', '--region', 'uk'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('sarcoma-uk\tSarcoma UK');
  }, 120_000);
});

describe('the packed library', () => {
  it('imports from a scratch project, with types', () => {
    const project = tempDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    npm(['install', tarball], project);
    writeFileSync(
      join(project, 'use.ts'),
      `import { loadDirectory, filterResources, SearchIndex } from 'lms-directory';
import type { Resource } from 'lms-directory';
const directory = loadDirectory();
const uk: Resource[] = filterResources(directory, { regions: ['uk'] }).map((m) => m.resource);
const [best] = new SearchIndex(directory).search('second opinion', { limit: 1 });
console.log(uk.length > 0, best?.id);
`,
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "import { loadDirectory, SearchIndex } from 'lms-directory'; const d = loadDirectory(); console.log(d.resources.length, new SearchIndex(d).search('second opinion', { limit: 1 })[0].id);"], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^\d+ referral$/);
    expect(readdirSync(join(project, 'node_modules', 'lms-directory', 'dist', 'types'))).toContain('index.d.ts');
  }, 120_000);
});
