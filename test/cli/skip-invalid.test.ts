import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { lmsIn } from '../helpers/in-process.js';
import { tempDir, writeData, writeSettled } from '../helpers/temp.js';

const dir = tempDir();
const good = (id: string) => ({ id, name: `Group ${id}`, types: ['support'], regions: ['nz'], status: 'active', description: 'Meets monthly.', sources: [{ citation: 'A leaflet' }], verification: { checked: null, method: 'desk research', confidence: 'low', notes: 'From a leaflet.' } });

describe('--skip-invalid', () => {
  const file = writeData(dir, 'groups.json', [good('a'), { ...good('b'), regions: ['narnia'] }, good('c'), { ...good('d'), status: 'sleeping' }, good('e')]);

  it('without it, a file with a bad record is refused whole, every problem named by its record', async () => {
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', file, '--region', 'nz']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/groups\.json: record 4 \("d"\): status/);
  });

  it('loads the valid records and reports each skipped one by its number in the file, then a count', async () => {
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', file, '--region', 'nz', '--skip-invalid']);
    expect(status).toBe(0);
    const ids = stdout.trimEnd().split('\n').map((line) => line.split('\t')[0]);
    expect(ids).toEqual(expect.arrayContaining(['a', 'c', 'e']));
    expect(ids).not.toContain('b');
    expect(ids).not.toContain('d');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^lms: skipped .*groups\.json: record 2 \("b"\): regions has unknown region "narnia"/);
    expect(lines[1]).toMatch(/^lms: skipped .*groups\.json: record 4 \("d"\): status/);
    expect(lines[2]).toMatch(/groups\.json: 2 of 5 records skipped \(--skip-invalid\)$/);
  });

  it('still refuses a problem of the whole file, such as an id used twice', async () => {
    const twice = writeData(dir, 'twice.json', [good('a'), good('a')]);
    const { status, stderr } = await lmsIn(['resources', '--data', twice, '--skip-invalid']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/id "a" is used by more than one record/);
  });

  it('does not index a large file with records left out, so a run without it still refuses the file', async () => {
    const records = generateDirectory(3000, 5) as Array<Record<string, unknown>>;
    const large = writeSettled(dir, 'large.json', [...records, { ...good('zz'), regions: ['narnia'] }]);
    const cache = tempDir();
    const loaded = await lmsIn(['resources', '--data', large, '--skip-invalid', '--format', 'tsv'], { env: { LMS_CACHE_DIR: cache } });
    expect(loaded.status).toBe(0);
    expect(loaded.stderr).toMatch(/1 of 3001 records skipped/);
    expect(existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.lmsindex')) : []).toEqual([]);
    expect((await lmsIn(['resources', '--data', large], { env: { LMS_CACHE_DIR: cache } })).status).toBe(2);
  });
});

describe('--skip-invalid with nothing valid left', () => {
  it('refuses the file: exit 2, each problem, and a line that says nothing could be loaded', async () => {
    const none = writeData(tempDir(), 'none.json', [{ ...good('a'), regions: ['narnia'] }]);
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', none, '--skip-invalid']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/record 1 \("a"\): regions has unknown region "narnia"/);
    expect(stderr).toMatch(/none\.json: no record is valid, so nothing could be loaded \(--skip-invalid\)\n$/);
  });
});
