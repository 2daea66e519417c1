import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { INDEX_FROM_BYTES } from '../../src/data/index-file.js';
import { readCodeCaches } from '../../src/kit/code-caches.js';
import { lms } from '../helpers/cli.js';
import { sampleRecord } from '../helpers/records.js';
import { tempDir, writeData, writeSettled } from '../helpers/temp.js';

// 2,200 synthetic records are about 1.1 MB: well over the size from which lms indexes a file.
const dir = tempDir();
const records = generateDirectory(2200, 11) as Array<Record<string, unknown>>;

/** A data file last changed an hour ago: old enough to be indexed. */
const settled = (name: string, content: unknown) => writeSettled(dir, name, content);

/** Runs lms with indexes kept in `cache`; no index at all with cache undefined. */
function run(args: string[], cache: string | undefined) {
  return lms(args, cache === undefined ? { LMS_NO_CACHE: '1' } : { LMS_CACHE_DIR: cache });
}

const indexes = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.lmsindex'));

const COMMANDS = [
  ['resources', '--region', 'nz', '--type', 'helpline'],
  ['resources', '--json', '--all'],
  ['resources', '--status', 'merged', '--format', 'csv'],
  ['search', 'secnd opinion', '--json'],
  ['search', 'Leeds helpline', '--limit', '30'],
  ['resource', 'synthetic-1234', '--json'],
  ['regions'],
  ['regions', '--json'],
  ['resources', '--region', 'japan', '--json'],
  ['resources', '--region', 'georgia, us'],
  ['stale', '--json'],
];

describe('the index of a large data file', () => {
  const file = settled('large.json', records);
  const cache = join(dir, 'cache');
  const plain = COMMANDS.map((args) => run([...args, '--data', file], undefined));

  it('is written on first use, and every command then prints what reading the whole file prints', () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(INDEX_FROM_BYTES);
    for (const [i, args] of COMMANDS.entries()) {
      const first = run([...args, '--data', file], cache);
      const again = run([...args, '--data', file], cache);
      expect(indexes(cache)).toHaveLength(1);
      for (const result of [first, again]) {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(plain[i]?.status);
        expect(result.stdout).toBe(plain[i]?.stdout);
      }
    }
    expect((plain[0]?.stdout.split('\n').length ?? 0) > 10).toBe(true);
  });

  it('spares a run that loads it the code that reads and checks a file (its code caches name what it loaded)', () => {
    const fresh = join(dir, 'loads');
    const loaded = () => {
      const code = join(fresh, 'code');
      const [build] = readdirSync(code);
      const bundles = [...(readCodeCaches(join(code, build as string, 'resources.cache'))?.caches.keys() ?? [])];
      rmSync(code, { recursive: true });
      return bundles;
    };
    expect(run(['resources', '--data', file], fresh).status).toBe(0);
    expect(loaded()).toEqual(expect.arrayContaining(['load-files', 'data-files']));
    expect(run(['resources', '--data', file], fresh).status).toBe(0);
    const fromIndex = loaded();
    expect(fromIndex).toContain('load-files');
    expect(fromIndex).not.toContain('data-files');
  });

  it('holds the records indexed for search once a search has indexed them, and every later search reads them', () => {
    const fresh = join(dir, 'searched');
    expect(run(['resources', '--data', file], fresh).status).toBe(0);
    const [name] = indexes(fresh);
    const index = join(fresh, name as string);
    const filtered = statSync(index).size;
    const first = run(['search', 'secnd opinion', '--data', file], fresh);
    const searched = statSync(index);
    expect(searched.size).toBeGreaterThan(filtered);
    const again = run(['search', 'secnd opinion', '--data', file], fresh);
    expect(first.stdout).toBe(run(['search', 'secnd opinion', '--data', file], undefined).stdout);
    expect(again.stdout).toBe(first.stdout);
    // Read, not written again.
    expect(statSync(index).mtimeMs).toBe(searched.mtimeMs);
  });

  it('is not used once the file changes, even to the same size and time', () => {
    const changing = settled('changing.json', records);
    const before = statSync(changing);
    const find = () => run(['search', 'Zyqx', '--json', '--data', changing], cache);
    expect(find().stdout).not.toContain('synthetic-7"');
    // The same length, so only the change time tells the files apart.
    const renamed = records.map((r) => (r.id === 'synthetic-7' ? { ...r, name: `Zyqx${String(r.name).slice(4)}` } : r));
    writeFileSync(changing, JSON.stringify(renamed, null, 2));
    utimesSync(changing, before.atime, before.mtime);
    expect(statSync(changing).size).toBe(before.size);
    expect((JSON.parse(find().stdout) as Array<{ id: string }>)[0]?.id).toBe('synthetic-7');
  });

  it('is read again from the file when damaged, cut short or not an index', () => {
    const damaged = join(dir, 'damaged');
    const args = ['search', 'peer mentr', '--json', '--data', file];
    run(args, damaged);
    const [name] = indexes(damaged);
    const index = join(damaged, name as string);
    const expected = run(args, undefined).stdout;
    for (const content of [Buffer.alloc(0), Buffer.from('lms index\n\u0000\u0000\u0000\u0010{"not": "a header"}'), Buffer.from('not an index at all')]) {
      writeFileSync(index, content);
      const result = run(args, damaged);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(expected);
    }
  });

  it('is not written for a file changed in the last seconds, for a bad file, or where it cannot be written', () => {
    const fresh = join(dir, 'fresh-cache');
    expect(run(['resources', '--data', writeData(dir, 'fresh.json', records)], fresh).status).toBe(0);
    // The folder may hold the code caches (bin/lms.cjs); no index.
    expect(existsSync(fresh) ? indexes(fresh) : []).toEqual([]);

    const bad = settled('bad.json', [...records, { id: 'Not A Slug' }]);
    const refused = run(['resources', '--data', bad], join(dir, 'bad-cache'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`bad.json: record ${records.length + 1}`);
    expect(existsSync(join(dir, 'bad-cache')) ? indexes(join(dir, 'bad-cache')) : []).toEqual([]);

    const notAFolder = writeData(dir, 'not-a-folder', 'x');
    const result = run(['resources', '--region', 'nz', '--type', 'helpline', '--data', file], join(notAFolder, 'cache'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(plain[0]?.stdout);
  });

  it('is removed once its data file is gone, when another index is written', () => {
    const tidy = join(dir, 'tidy');
    const gone = settled('gone.json', records);
    run(['resources', '--data', gone], tidy);
    expect(indexes(tidy)).toHaveLength(1);
    rmSync(gone);
    run(['resources', '--data', settled('kept.json', records)], tidy);
    expect(indexes(tidy)).toHaveLength(1);
  });

  it('is removed when written by another build of lms, when another index is written', () => {
    const builds = join(dir, 'builds');
    run(['resources', '--data', settled('current.json', records)], builds);
    const [written] = indexes(builds);
    // The same index as another build would have written it: only the build in its header differs.
    const bytes = readFileSync(join(builds, written as string), 'latin1').replace(/"build":"[^"]*"/, (field) => field.replace(/[0-9a-f](?=")/, (c) => (c === '0' ? '1' : '0')));
    writeFileSync(join(builds, 'other-build.lmsindex'), bytes, 'latin1');
    run(['resources', '--data', settled('next.json', records)], builds);
    expect(indexes(builds)).toHaveLength(2);
    expect(indexes(builds)).not.toContain('other-build.lmsindex');
  });

  it('leaves no half-written index behind a run that was stopped while writing one', () => {
    const stopped = join(dir, 'stopped');
    mkdirSync(stopped);
    // A process that has ended: its id names the half-written file a stopped run leaves.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const leftover = `${'0'.repeat(16)}.lmsindex.${ended}.tmp`;
    const ofRunning = `${'1'.repeat(16)}.lmsindex.${process.pid}.tmp`;
    writeFileSync(join(stopped, leftover), 'half');
    writeFileSync(join(stopped, ofRunning), 'half');
    run(['resources', '--data', settled('after-stop.json', records)], stopped);
    expect(readdirSync(stopped)).not.toContain(leftover);
    expect(readdirSync(stopped)).toContain(ofRunning);
    expect(indexes(stopped)).toHaveLength(1);
  });

  it('merges with other files as the file itself does: replacements, and successors checked across files', () => {
    const merging = join(dir, 'merging');
    const fix = writeData(dir, 'fix.json', [sampleRecord({ id: 'synthetic-42', name: 'Renamed Group' })]);
    const args = ['resource', 'synthetic-42', '--json', '--data', file, '--data', fix];
    run(args, merging);
    const indexed = run(args, merging);
    expect(indexed.stderr).toMatch(/fix\.json: record 'synthetic-42' replaces the one loaded before it/);
    expect(indexed.stdout).toBe(run(args, undefined).stdout);
    expect((JSON.parse(indexed.stdout) as { name: string }).name).toBe('Renamed Group');

    const successor = { name: 'Successor Group', id: 'successor-group' };
    const pointing = settled('pointing.json', records.map((r, i) => (i === 5 ? { ...r, status: 'merged', successor } : r)));
    const target = writeData(dir, 'target.json', [sampleRecord({ id: 'successor-group' })]);
    expect(run(['resources', '--data', pointing, '--data', target], merging).status).toBe(0);
    const alone = run(['resources', '--data', pointing], merging);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/pointing\.json: record 6 \("synthetic-5"\): successor\.id "successor-group" is not a record in the directory/);
  });

  it('holds the records of a large HSDS file as lms reads them', () => {
    const exported = lms(['export', '--format', 'hsds', '--data', file]).stdout;
    const hsds = settled('hsds.json', exported);
    const hsdsCache = join(dir, 'hsds-cache');
    mkdirSync(hsdsCache);
    for (const args of [['resources', '--json', '--all'], ['search', 'Toronto foundation', '--json']]) {
      const expected = run([...args, '--data', hsds], undefined).stdout;
      run([...args, '--data', hsds], hsdsCache);
      expect(run([...args, '--data', hsds], hsdsCache).stdout).toBe(expected);
    }
    expect(indexes(hsdsCache)).toHaveLength(1);
  });
});
