import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lmsIn } from '../helpers/in-process.js';
import { DATA } from '../helpers/paths.js';

const ESC = '\u001b';
// The lists a data file may leave out are printed, empty; the build adds each centre's coordinates.
const completed = (r: object) => ({ aliases: [], formerNames: [], websites: [], phones: [], addresses: [], locations: [], services: [], standing: [], gaps: [], asListed: null, origin: 'added', ...r });
type Printed = { id: string; status: string; locations: Array<{ coordinates?: unknown }> };
const withoutCoordinates = (r: Printed): Printed => ({ ...r, locations: r.locations.map((l) => Object.fromEntries(Object.entries(l).filter(([key]) => key !== 'coordinates'))) });
const shippedResources = [
  ...(JSON.parse(readFileSync(join(DATA, 'resources.json'), 'utf8')) as object[]),
  ...(JSON.parse(readFileSync(join(DATA, 'centres.json'), 'utf8')) as object[]),
].map(completed) as unknown as Printed[];

describe('in a pipe', () => {
  it.each([
    ['resources', 7],
    ['resources --all', 7],
    ['sections', 3],
    ['search sarcoma', 4],
    ['regions', 5],
    ['types', 3],
    ['resource nci --format tsv', 7],
  ])('lms %s prints one tab-separated record per line, %i columns, no header, no escape bytes', async (args, columns) => {
    const { status, stdout, stderr } = await lmsIn(args.split(' '));
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(ESC);
    expect(stdout.startsWith('\n')).toBe(false);
    // Only the last newline goes: a last row that ends in empty fields keeps its tabs.
    const lines = stdout.replace(/\n$/, '').split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split('\t')).toHaveLength(columns);
    expect(lines[0]).not.toMatch(/^(id|kind)\t/);
  });

  it('lists resources with the documented columns: id, name, status, regions, types, phone, website', async () => {
    const nci = (await lmsIn(['resources', '--region', 'us'])).stdout.split('\n').find((l) => l.startsWith('nci\t'));
    expect(nci?.split('\t')).toEqual(['nci', 'National Cancer Institute (NCI)', 'active', 'us', 'government,helpline,information,research', '+18004226237', 'https://www.cancer.gov']);
  });

  it('prints one record in full as plain text, as on a terminal but without color (lms resource nci | less)', async () => {
    const { status, stdout, stderr } = await lmsIn(['resource', 'nci']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(ESC);
    expect(stdout).toMatch(/^National Cancer Institute \(NCI\)/);
    expect(stdout).toContain('1-800-4-CANCER (1-800-422-6237)');
    expect(stdout).toMatch(/Checked {3}on 2026-11-25, from public web pages, not by calling; we are sure of it/);
    expect(stdout).toContain('Sources');
  });

  it('prints a section as plain text, with the disclaimer, and no escape bytes', async () => {
    const { status, stdout } = await lmsIn(['section', 'treatment']);
    expect(status).toBe(0);
    expect(stdout).not.toContain(ESC);
    expect(stdout).toMatch(/^Treatment options that may be recommended\n/);
    expect(stdout).toContain('there ARE treatment options available');
    expect(stdout).toContain('Not medical advice: The information provided here is not a substitute for professional medical advice.');
  });

  it('stays free of escape bytes even with --color always only when asked, and FORCE_COLOR is honoured', async () => {
    expect((await lmsIn(['resources', '--color', 'always', '--format', 'text'])).stdout).toContain(`${ESC}[`);
    expect((await lmsIn(['resources', '--format', 'text'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}[`);
    expect((await lmsIn(['resources', '--format', 'text'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await lmsIn(['resources', '--format', 'text', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('--json and --format', () => {
  it('lms resources --all --json prints exactly the shape of data/resources.json', async () => {
    const { status, stdout, stderr } = await lmsIn(['resources', '--all', '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout) as Printed[];
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...printed].map(withoutCoordinates).sort(byId)).toEqual([...shippedResources].sort(byId));
    // Every centre's town is on the map, placed by the build, never typed into the data.
    expect(printed.flatMap((r) => r.locations).filter((l) => l.coordinates).length).toBeGreaterThan(150);
  });

  it('filters --json output like the human output', async () => {
    const printed = JSON.parse((await lmsIn(['resources', '--region', 'uk', '--json'])).stdout) as Array<{ id: string; status: string }>;
    expect(printed.map((r) => r.id)).toContain('sarcoma-uk');
    expect(printed.map((r) => r.id)).not.toContain('nci');
    expect(printed.every((r) => r.status === 'active' || r.status === 'unknown')).toBe(true);
  });

  it.each([
    ['resource', 'sarcoma-uk'],
    ['section', 'referral'],
    ['sections'],
    ['search', 'second', 'opinion'],
    ['regions'],
    ['types'],
    ['about'],
  ])('lms %s … --json prints only parseable JSON', async (...args) => {
    const { status, stdout } = await lmsIn([...args, '--json']);
    expect(status).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('prints one JSON record per line with --format ndjson', async () => {
    const lines = (await lmsIn(['resources', '--format', 'ndjson'])).stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('id');
  });

  it('prints RFC 4180 CSV with a header row, quoting fields that hold commas', async () => {
    const { stdout } = await lmsIn(['resources', '--format', 'csv']);
    const [header, ...rows] = stdout.split('\r\n');
    expect(header).toBe('id,name,status,regions,types,phone,website');
    expect(rows.find((r) => r.startsWith('nci,'))).toBe('nci,National Cancer Institute (NCI),active,us,"government,helpline,information,research",+18004226237,https://www.cancer.gov');
    expect(stdout.endsWith('\r\n')).toBe(true);
  });

  it('prints Markdown with --format md', async () => {
    const { stdout } = await lmsIn(['section', 'follow-up', '--format', 'md']);
    expect(stdout).toMatch(/^# Follow-up scans\n/);
    expect(stdout).toContain('> **Not medical advice:**');
  });

  it('accepts the global options before or after the command', async () => {
    expect((await lmsIn(['--json', 'sections'])).stdout).toBe((await lmsIn(['sections', '--json'])).stdout);
  });
});

describe('a reader that closes early', () => {
  it('ends quietly: no EPIPE, no stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const { CLI } = await import('../helpers/paths.js');
    // `head` exits after one line; the rest of the output meets a closed pipe.
    const script = `for i in 1 2 3 4 5; do "${process.execPath}" "${CLI}" resources --all --json | head -c 10 >/dev/null; done; "${process.execPath}" "${CLI}" search sarcoma --format text | (exec 0<&-; sleep 0.5)`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|^\s+at /m);
    expect(result.stderr).toBe('');
  });
});
