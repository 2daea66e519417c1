import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeData } from '../helpers/temp.js';

// Open Referral's own full example organization (vendored unmodified), shaped as other publishers serve it.
const example = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'hsds', 'examples', 'organization_full.json'), 'utf8')) as Record<string, unknown> & { services: Array<Record<string, unknown>> };
const { services, ...organization } = example;
const dir = tempDir();

const imported = (file: string) => {
  const { status, stdout, stderr } = lms(['resources', '--data', file, '--region', 'us', '--json']);
  const records = status === 0 ? (JSON.parse(stdout) as Array<{ id: string; name: string }>).filter((r) => r.id.startsWith('hsds-')) : [];
  return { status, stderr, names: records.map((r) => r.name) };
};

describe('HSDS as published', () => {
  it('reads a page of an HSDS API, and says it is one page of several', () => {
    const file = writeData(dir, 'page.json', { total_items: 120, total_pages: 3, page_number: 1, size: 50, first_page: true, last_page: false, empty: false, contents: [example] });
    const { status, stderr, names } = imported(file);
    expect(status).toBe(0);
    expect(names).toEqual(['Example Organization Inc.']);
    expect(stderr).toBe(`lms: ${file}: is a page of an HSDS API, page 1 of 3 (120 items in all); only the 1 item of this page is read\n`);
  });

  it('reads a list of services with their organization embedded as the organizations', () => {
    const file = writeData(dir, 'services.json', services.map((s) => ({ ...s, organization })));
    const { status, stderr, names } = imported(file);
    expect(status).toBe(0);
    expect(names).toEqual(['Example Organization Inc.']);
    expect(stderr).toMatch(/services\.json: is a list of \d+ HSDS services; read as the 1 organization they belong to/);
  });

  it.each([
    ['services without their organizations', 'bare-services.json', JSON.stringify(services.map((s) => ({ ...s, organization_id: organization.id }))), /is a list of HSDS services without their organizations \(only organization_id\)/],
    ['newline-delimited JSON', 'lines.ndjson', `${JSON.stringify(example)}\n${JSON.stringify(example)}\n`, /is newline-delimited JSON \(an object per line\); lms reads one JSON array/],
    ['an HSDS 2.x data package', 'datapackage.json', JSON.stringify({ name: 'hsds', resources: [{ name: 'organizations', path: 'organizations.csv' }] }), /is an HSDS 2\.x data package \(CSV files\)/],
    ['Ohana API JSON', 'ohana.json', JSON.stringify([{ id: 1, name: 'Food Pantry', slug: 'food-pantry', short_desc: 'Food.', accessibility: [] }]), /is Ohana API JSON \(HSDS 2\.x\)/],
  ])('names %s in one line, with the file as typed', (_, name, text, message) => {
    const file = writeData(dir, name, text);
    const { status, stdout, stderr } = lms(['resources', '--data', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]?.startsWith(`lms: ${file}: `)).toBe(true);
  });
});
