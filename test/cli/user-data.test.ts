import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lmsIn } from '../helpers/in-process.js';
import { sampleRecord } from '../helpers/records.js';
import { tempDir, writeData } from '../helpers/temp.js';

const dir = tempDir();
const group = writeData(dir, 'group.json', [sampleRecord()]);

describe('--data and LMS_DATA', () => {
  it('adds the records of a file in the project format, before or after the command', async () => {
    for (const args of [['--data', group, 'resources', '--region', 'uk'], ['resources', '--region', 'uk', '--data', group]]) {
      const { status, stdout, stderr } = await lmsIn(args);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toContain('leeds-sarcoma-support-group\tLeeds Sarcoma Support Group\tactive\tuk\tsupport\t+441134960000');
    }
  });

  it('filters a file whose records serve 60 different countries, in a pipe and as JSON', async () => {
    const countries = ['ie', 'de', 'fr', 'nl', 'be', 'ch', 'it', 'es', 'pt', 'no', 'se', 'fi', 'dk', 'pl', 'cz', 'at', 'hu', 'ro', 'bg', 'gr', 'ru', 'ua', 'tr', 'jp', 'kr', 'cn', 'tw', 'in', 'pk', 'sg', 'my', 'th', 'id', 'ph', 'vn', 'il', 'sa', 'ae', 'eg', 'ng', 'ke', 'za', 'gh', 'ma', 'br', 'ar', 'mx', 'cl', 'co', 'pe', 'uy', 'ge', 'is', 'lu', 'mt', 'ee', 'lv', 'lt', 'si', 'hr'];
    expect(new Set(countries).size).toBe(60);
    const file = writeData(dir, 'sixty.json', countries.map((c) => sampleRecord({ id: `group-${c}`, name: `Group ${c}`, regions: [c], phones: [] })));
    for (const c of ['ie', 'jp', 'hr', 'uy', 'za']) {
      const piped = await lmsIn(['resources', '--data', file, '--region', c]);
      expect(piped.stderr).toBe('');
      const rows = piped.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
      expect(rows.filter((row) => row[0]?.startsWith('group-')).map((row) => row[0])).toEqual([`group-${c}`]);
      expect(rows[0]?.[0]).toBe(`group-${c}`);
      const json = JSON.parse((await lmsIn(['resources', '--data', file, '--region', c, '--json'])).stdout) as Array<{ id: string }>;
      expect(json[0]?.id).toBe(`group-${c}`);
    }
    const counts = JSON.parse((await lmsIn(['regions', '--data', file, '--json'])).stdout) as Array<{ id: string; resources: number }>;
    for (const c of countries) expect(counts.find((r) => r.id === c)?.resources, c).toBeGreaterThanOrEqual(1);
  });

  it('reads LMS_DATA as a list of paths', async () => {
    const second = writeData(dir, 'second.json', [sampleRecord({ id: 'york-group', name: 'York Group' })]);
    const { stdout } = await lmsIn(['resources', '--json'], { env: { LMS_DATA: `${group}:${second}` } });
    const ids = (JSON.parse(stdout) as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['leeds-sarcoma-support-group', 'york-group', 'sarcoma-uk']));
  });

  it('loads back what lms resources --json printed', async () => {
    const saved = writeData(dir, 'saved.json', (await lmsIn(['resources', '--region', 'nz', '--json'])).stdout);
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', saved, '--region', 'nz', '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse((await lmsIn(['resources', '--region', 'nz', '--json'])).stdout));
    expect(stderr).toMatch(/saved\.json: record 'anzsa' replaces the one loaded before it/);
  });

  it('replaces a record with the same id, and says so on stderr', async () => {
    const file = writeData(dir, 'fix.json', [sampleRecord({ id: 'sarcoma-uk', name: 'Sarcoma UK', phones: [{ display: '0808 801 0401', e164: '+448088010401', label: 'Support Line', confidence: 'high' }] })]);
    const { status, stdout, stderr } = await lmsIn(['resource', 'sarcoma-uk', '--data', file, '--json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { phones: Array<{ e164: string }> }).phones[0]?.e164).toBe('+448088010401');
    expect(stderr).toBe(`lms: ${file}: record 'sarcoma-uk' replaces the one loaded before it\n`);
  });

  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(dir, 'nope.json'), /nope\.json: no such file$/],
    ['a directory', () => (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder')), /folder: is a directory; give a JSON data file$/],
    ['an empty file', () => writeData(dir, 'empty.json', ''), /empty\.json: is empty; expected JSON/],
    ['broken JSON', () => writeData(dir, 'broken.json', '[\n  {"id": "x",\n   "name": }\n]'), /broken\.json: is not valid JSON at line 3, column 12: expected a value$/],
    ['text that is not UTF-8', () => writeData(dir, 'latin1.json', Buffer.from([0x5b, 0x22, 0xe9, 0x22, 0x5d])), /latin1\.json: is not UTF-8 text/],
    ['a record that breaks the schema', () => writeData(dir, 'bad.json', [sampleRecord({ status: 'open' as never })]), /bad\.json: record 1 \("leeds-sarcoma-support-group"\): status must be one of: "active", "unknown", "merged", "closed"$/],
    ['an unknown region', () => writeData(dir, 'region.json', [sampleRecord({ regions: ['mars'] })]), /region\.json: record 1 \("leeds-sarcoma-support-group"\): regions has unknown region "mars"; 'lms regions --all' lists every region id$/],
    ['a place named, not its id', () => writeData(dir, 'named.json', [sampleRecord({ regions: ['germany'] })]), /named\.json: record 1 \("leeds-sarcoma-support-group"\): regions has unknown region "germany"; the id of Germany is "de"$/],
    ['duplicate ids', () => writeData(dir, 'dups.json', [sampleRecord(), sampleRecord()]), /dups\.json: id "leeds-sarcoma-support-group" is used by more than one record$/],
    ['a number, not records', () => writeData(dir, 'number.json', '42'), /number\.json: expected a JSON array of resources/],
  ])('refuses %s: one line per problem, nothing on stdout, exit 2', async (_, file, message) => {
    const path = file();
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', path]);
    expect(stdout).toBe('');
    expect(status).toBe(2);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('loads nothing from any file when one of them is bad', async () => {
    const bad = writeData(dir, 'bad2.json', [sampleRecord({ phones: [{ display: 'x', e164: '12', label: 'x', confidence: 'high' }] })]);
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', group, '--data', bad]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad2\.json: record 1 \("leeds-sarcoma-support-group"\): phones\[0\]\.e164 must be the number in international form, a \+ and digits only, like \+441134960000/);
  });

  it('refuses an unreadable file', async () => {
    const locked = writeData(dir, 'locked.json', [sampleRecord()]);
    chmodSync(locked, 0o000);
    const { status, stderr } = await lmsIn(['resources', '--data', locked]);
    chmodSync(locked, 0o644);
    // root reads anything; everyone else gets the permission error.
    if (process.getuid?.() === 0) expect(status).toBe(0);
    else expect({ status, stderr }).toEqual({ status: 2, stderr: `lms: ${locked}: cannot be read (permission denied)\n` });
  });
});

describe('lms validate', () => {
  it('exits 0 when every file is valid and 1 when any is not, with a JSON report', async () => {
    const bad = writeData(dir, 'invalid.json', [sampleRecord({ types: ['spaceship'] })]);
    expect((await lmsIn(['validate', group])).status).toBe(0);
    const { status, stdout } = await lmsIn(['validate', group, bad, '--json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Array<{ file: string; valid: boolean; records: number; problems: string[] }>;
    expect(report[0]).toMatchObject({ file: group, valid: true, records: 1, problems: [] });
    expect(report[1]).toMatchObject({ file: bad, valid: false });
    expect(report[1]?.problems[0]).toMatch(/types has unknown type "spaceship"/);
  });
});

describe('lms stale', () => {
  it('lists records not checked within the given days, never-checked ones first', async () => {
    const old = writeData(dir, 'old.json', [
      sampleRecord({ id: 'old-one', verification: { checked: '2025-01-01', method: 'website', confidence: 'high', notes: 'x' } }),
      sampleRecord({ id: 'never', verification: { checked: null, method: 'imported', confidence: 'low', notes: 'x' } }),
    ]);
    const { status, stdout } = await lmsIn(['stale', '--data', old], { env: { LMS_TODAY: '2026-12-01' } });
    expect(status).toBe(0);
    expect(stdout.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 4))).toEqual([
      ['never', 'Leeds Sarcoma Support Group', '', ''],
      ['old-one', 'Leeds Sarcoma Support Group', '2025-01-01', '699'],
    ]);
    expect((await lmsIn(['stale', '--days', '0'], { env: { LMS_TODAY: '2026-11-26' } })).stdout.split('\n').filter(Boolean)).toHaveLength(30);
    expect((await lmsIn(['stale'], { env: { LMS_TODAY: '2026-12-01' } })).stdout).toBe('');
  });

  it('notes on a terminal only when the shipped data is older than 180 days', async () => {
    const { lmsInTerminal } = await import('../helpers/cli.js');
    expect(lmsInTerminal(['sections'], { env: { LMS_TODAY: '2027-07-01' } }).stdout).toMatch(/lms: note: the shipped data was last checked on 2026-12-01, 212 days ago/);
    expect(lmsInTerminal(['sections'], { env: { LMS_TODAY: '2026-12-01' } }).stdout).not.toMatch(/note:/);
    expect((await lmsIn(['sections'], { env: { LMS_TODAY: '2027-07-01' } })).stderr).toBe('');
  });
});
