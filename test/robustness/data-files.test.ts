import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../src/data/data-files.js';
import { DataError, loadDirectory } from '../../src/index.js';
import { lmsIn } from '../helpers/in-process.js';
import { sampleRecord } from '../helpers/records.js';
import { tempDir, writeData } from '../helpers/temp.js';

const dir = tempDir();
const { vocabularies } = loadDirectory();

describe('hostile and broken data files', () => {
  it('refuses __proto__, constructor and prototype as record fields, and pollutes nothing', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify([sampleRecord()]).replace('"id":', `"${key}":{"polluted":true,"toString":1},"id":`);
      expect(() => parseDataFile(JSON.parse(text), 'x.json', vocabularies)).toThrow(DataError);
      expect(() => parseDataFile(JSON.parse(text), 'x.json', vocabularies)).toThrow(new RegExp(`has an unknown field "${key}"`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  });

  it('ignores such keys in the open parts of HSDS, and still pollutes nothing', async () => {
    const text = `[{"id":"o","name":"Leeds Group","description":"A group.","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"locations":[{"addresses":[{"country":"GB"}]}]}]`;
    const file = parseDataFile(JSON.parse(text), 'h.json', vocabularies);
    expect(file.resources.map((r) => r.regions)).toEqual([['uk']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit quickly, without reading it', async () => {
    const big = join(dir, 'big.json');
    execFileSync('truncate', ['-s', '300M', big]);
    const started = Date.now();
    const { status, stderr } = await lmsIn(['resources', '--data', big]);
    expect({ status, stderr }).toEqual({ status: 2, stderr: `lms: ${big}: is too large (300 MiB; the limit is 256 MiB)\n` });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers deeply nested JSON with a clear error, in bounded time', async () => {
    const deep = writeData(dir, 'deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    const started = Date.now();
    const { status, stdout, stderr } = await lmsIn(['resources', '--data', deep]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^lms: .*deep\.json: (record 1 must be object|nests arrays or objects too deeply to read)/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('loads a record with a very long description and prints it whole', async () => {
    const long = 'sarcoma '.repeat(200_000).trim();
    const file = writeData(dir, 'long.json', [sampleRecord({ description: long })]);
    const { status, stdout } = await lmsIn(['resource', 'leeds-sarcoma-support-group', '--data', file, '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(long.length);
  });

  it('accepts an empty list: nothing to add', async () => {
    const empty = writeData(dir, 'empty-list.json', []);
    expect((await lmsIn(['resources', '--data', empty])).status).toBe(0);
    expect((await lmsIn(['validate', empty, '--format', 'text'])).stdout).toMatch(/valid .*: 0 records/);
  });

  it('refuses a record of the wrong shape, naming what was expected', async () => {
    const file = writeData(dir, 'shape.json', [{ id: 'x', name: 'X', types: 'support', regions: ['uk'], status: 'active', description: 'd', sources: [], verification: {} }]);
    const { stderr } = await lmsIn(['resources', '--data', file]);
    expect(stderr).toMatch(/record 1 \("x"\): types must be array/);
    expect(stderr).toMatch(/record 1 \("x"\): sources must NOT have fewer than 1 items/);
    expect(stderr).toMatch(/record 1 \("x"\): verification is missing the required field "checked"/);
  });
});
