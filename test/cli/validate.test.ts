import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
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
  it('finds every problem of a file in one run, schema and references together, each on stderr even in a pipe', () => {
    const file = writeData(tempDir(), 'groups.json', [
      record('a', { verification: { checked: '2026-11-01', method: 'desk research', confidence: 'low' } }),
      record('b', { regions: ['narnia'] }),
      record('c', { verification: { checked: '2026-13-01', method: 'desk research', confidence: 'low', notes: 'x' } }),
    ]);
    const { status, stdout, stderr } = lms(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toBe(`${file}\tfalse\t0\t3\n`);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/record 1 \("a"\): verification is missing the required field "notes"$/);
    expect(lines[1]).toMatch(/record 2 \("b"\): regions has unknown region "narnia"/);
    expect(lines[2]).toMatch(/record 3 \("c"\): verification\.checked must be a date like 2026-11-25$/);
  });

  it('also reports the references of a record the schema refused', () => {
    const file = writeData(tempDir(), 'both.json', [record('a', { regions: ['narnia'], status: 'sleeping' })]);
    const { stderr } = lms(['validate', file]);
    expect(stderr).toMatch(/record 1 \("a"\): status must be one of/);
    expect(stderr).toMatch(/record 1 \("a"\): regions has unknown region "narnia"/);
  });

  it('refuses a check dated in the future, and a phone of a country the record does not serve', () => {
    const file = writeData(tempDir(), 'odd.json', [
      record('a', { phones: [usPhone] }),
      record('b', { verification: { checked: '2999-01-01', method: 'website', confidence: 'high', notes: 'Seen.' } }),
      record('c', { regions: ['europe'], phones: [usPhone] }),
      record('d', { regions: ['uk', 'us'], phones: [usPhone] }),
    ]);
    const { status, stderr } = lms(['validate', file]);
    expect(status).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/record 1 \("a"\): phones\[0\] \+12025550100 is dialled in \+1, a country the record does not serve \(GB\)/);
    expect(lines[1]).toMatch(/record 2 \("b"\): verification\.checked is 2999-01-01, a day still to come/);
  });

  it('on a terminal names each file with its count of problems, which follow on stderr', () => {
    const file = writeData(tempDir(), 'one.json', [record('b', { regions: ['narnia'] })]);
    const { stdout } = lms(['validate', file, '--format', 'text']);
    expect(stdout).toMatch(/invalid {2}.*one\.json: 1 problem, listed on stderr/);
  });
});
