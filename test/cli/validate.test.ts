import { describe, expect, it } from 'vitest';
import { lmsIn } from '../helpers/in-process.js';
import { tempDir, writeData } from '../helpers/temp.js';

const record = (id: string, extra: object = {}) => ({
  id,
  name: `Group ${id}`,
  types: ['support'],
  regions: ['uk'],
  status: 'active',
  description: 'Meets monthly.',
  sources: [{ citation: 'A leaflet' }],
  verification: { checked: '2026-11-01', method: 'desk research', confidence: 'low', notes: 'From a leaflet.' },
  ...extra,
});
const usPhone = { display: '+1 202 555 0100', e164: '+12025550100', label: 'Office', confidence: 'low' };

describe('lms validate', () => {
  it('finds every problem of a file in one run, schema and references together, each on stderr even in a pipe', async () => {
    const file = writeData(tempDir(), 'groups.json', [
      record('a', { verification: { checked: '2026-11-01', method: 'desk research', confidence: 'low' } }),
      record('b', { regions: ['narnia'] }),
      record('c', { verification: { checked: '2026-13-01', method: 'desk research', confidence: 'low', notes: 'x' } }),
    ]);
    const { status, stdout, stderr } = await lmsIn(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toBe(`${file}\tfalse\t0\t3\n`);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/record 1 \("a"\): verification is missing the required field "notes"$/);
    expect(lines[1]).toMatch(/record 2 \("b"\): regions has unknown region "narnia"/);
    expect(lines[2]).toMatch(/record 3 \("c"\): verification\.checked must be a date like 2026-11-25$/);
  });

  it('also reports the references of a record the schema refused', async () => {
    const file = writeData(tempDir(), 'both.json', [record('a', { regions: ['narnia'], status: 'sleeping' })]);
    const { stderr } = await lmsIn(['validate', file]);
    expect(stderr).toMatch(/record 1 \("a"\): status must be one of/);
    expect(stderr).toMatch(/record 1 \("a"\): regions has unknown region "narnia"/);
  });

  it('refuses a check dated in the future, and a phone of a country the record does not serve', async () => {
    const file = writeData(tempDir(), 'odd.json', [
      record('a', { phones: [usPhone] }),
      record('b', { verification: { checked: '2999-01-01', method: 'website', confidence: 'high', notes: 'Seen.' } }),
      record('c', { regions: ['europe'], phones: [usPhone] }),
      record('d', { regions: ['uk', 'us'], phones: [usPhone] }),
    ]);
    const { status, stderr } = await lmsIn(['validate', file]);
    expect(status).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/record 1 \("a"\): phones\[0\] \+12025550100 is dialled in \+1, a country the record does not serve \(GB\)/);
    expect(lines[1]).toMatch(/record 2 \("b"\): verification\.checked is 2999-01-01, a day still to come/);
  });

  it('on a terminal names each file with its count of problems, which follow on stderr', async () => {
    const file = writeData(tempDir(), 'one.json', [record('b', { regions: ['narnia'] })]);
    const { stdout } = await lmsIn(['validate', file, '--format', 'text']);
    expect(stdout).toMatch(/invalid {2}.*one\.json: 1 problem, listed on stderr/);
  });
});

describe('a phone written as people write it', () => {
  it('gets its dialable form from the number, national in a country the record serves or international', async () => {
    const file = writeData(tempDir(), 'phones.json', [
      record('a', { phones: [{ display: '0113 496 0000', label: 'Office', confidence: 'low' }] }),
      record('b', { regions: ['us'], phones: [{ display: '+1 (202) 555-0100 ext. 12', label: 'Office', confidence: 'low' }] }),
    ]);
    const { status, stdout } = await lmsIn(['resources', '--data', file, '--json', '--all']);
    expect(status).toBe(0);
    const byId = new Map((JSON.parse(stdout) as Array<{ id: string; phones: Array<{ e164: string; display: string }> }>).map((r) => [r.id, r.phones]));
    expect(byId.get('a')?.[0]).toMatchObject({ e164: '+441134960000', display: '0113 496 0000' });
    expect(byId.get('b')?.[0]?.e164).toBe('+12025550100');
  });

  it('that cannot be read still needs e164, and is named', async () => {
    const file = writeData(tempDir(), 'words.json', [record('a', { phones: [{ display: 'ask at the desk', label: 'Office', confidence: 'low' }] })]);
    const { status, stderr } = await lmsIn(['validate', file]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/record 1 \("a"\): phones\[0\] is missing the required field "e164"/);
  });
});

describe('lms resource --as-template', () => {
  it("gives a valid record of the user's own: a new id, added, not in the flyer, not yet checked", async () => {
    const { status, stdout } = await lmsIn(['resource', 'sarcoma-uk', '--as-template']);
    expect(status).toBe(0);
    const template = JSON.parse(stdout) as { id: string; origin: string; asListed: unknown; gaps: unknown[]; verification: { checked: unknown; confidence: string } };
    expect(template).toMatchObject({ id: 'my-sarcoma-uk', origin: 'added', asListed: null, gaps: [], verification: { checked: null, confidence: 'low' } });
    const file = writeData(tempDir(), 'ours.json', stdout);
    expect((await lmsIn(['validate', file])).status).toBe(0);
    const loaded = await lmsIn(['resources', '--data', file, '--source', 'flyer']);
    expect(loaded.stderr).toBe('');
    expect(loaded.stdout).not.toContain('my-sarcoma-uk');
    expect((await lmsIn(['resource', 'sarcoma-uk', '--data', file, '--json'])).stdout).toContain('"origin": "flyer"');
  });
});
