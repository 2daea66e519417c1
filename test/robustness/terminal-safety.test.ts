import { describe, expect, it } from 'vitest';
import { lmsInTerminal } from '../helpers/cli.js';
import { lmsIn } from '../helpers/in-process.js';
import { sampleRecord } from '../helpers/records.js';
import { tempDir, writeData } from '../helpers/temp.js';

// What a hostile data file might carry: colour, a window title (OSC), a screen
// clear via the 8-bit CSI (C1), a device control string, a bidi override that
// reverses text, a bell, a NUL and a fake second line.
const HOSTILE = {
  sgr: '\u001b[31mRED\u001b[0m',
  osc: '\u001b]0;pwned\u0007',
  c1: '\u009b2J',
  dcs: '\u001bPqpayload\u001b\\',
  bidi: 'abc\u202edcba',
  bell: 'ding\u0007',
  nul: 'a\u0000b',
  newline: 'line one\nlms: fake line',
};
const hostileText = Object.values(HOSTILE).join(' ');

const dir = tempDir();
const file = writeData(dir, 'hostile.json', [
  sampleRecord({
    id: 'hostile',
    name: `Hostile ${HOSTILE.sgr} ${HOSTILE.osc}`,
    description: hostileText,
    aliases: [HOSTILE.bidi],
    phones: [{ display: `0113 ${HOSTILE.c1}`, e164: '+441134960000', label: HOSTILE.dcs, confidence: 'high' }],
    websites: [{ url: 'https://example.org/x\u001b[2J', label: HOSTILE.newline, confidence: 'low' }],
  }),
]);

/** Bytes that could make a terminal act: ESC, C1 controls, bidi controls, BEL, NUL. */
const ACTIVE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('strings from data never reach a terminal or a pipe as control characters', () => {
  it.each([
    ['resources (tsv)', ['resources', '--data', file]],
    ['resources (text)', ['resources', '--data', file, '--format', 'text']],
    ['resources (csv)', ['resources', '--data', file, '--format', 'csv']],
    ['resources (md)', ['resources', '--data', file, '--format', 'md']],
    ['resource (text)', ['resource', 'hostile', '--data', file]],
    ['search', ['search', 'hostile', '--data', file, '--format', 'text']],
    ['export (csv)', ['export', '--data', file, '--format', 'csv']],
    ['stale', ['stale', '--data', file, '--days', '0']],
  ])('%s in a pipe', async (_, args) => {
    const { status, stdout, stderr } = await lmsIn(args);
    expect(status).toBe(0);
    expect(stdout).toContain('Hostile');
    expect(stdout).not.toMatch(ACTIVE);
    expect(stderr).not.toMatch(ACTIVE);
    expect(stdout).toContain('\\u{1b}');
  });

  it('keeps a record on one line in tsv and csv, even with a line break in the data', async () => {
    const line = (await lmsIn(['resources', '--data', file, '--region', 'uk'])).stdout.split('\n').filter((l) => l.startsWith('hostile\t'));
    expect(line).toHaveLength(1);
    expect((await lmsIn(['export', '--data', file, '--format', 'csv'])).stdout.split('\r\n').filter((l) => l.startsWith('hostile,'))).toHaveLength(1);
  });

  it('on a terminal, prints only its own colour codes', async () => {
    const { stdout } = lmsInTerminal(['resource', 'hostile', '--data', file], { columns: 200 });
    // The only escape sequences left are SGR colour codes that lms wrote (ESC [ digits m).
    const escapes = stdout.match(/\u001b[^[]|\u001b\[[^m]*[^0-9;m]/g) ?? [];
    expect(escapes).toEqual([]);
    expect(stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u0007\u0000]/u);
    expect(stdout).toContain('\\u{1b}]0;pwned\\u{7}');
  });

  // A command that prefers JSON in a pipe (export) prints text on a terminal: that text too is made safe.
  it.each([['resource', 'hostile'], ['export', '--region', 'uk'], ['resources', '--region', 'uk']])('on a terminal, lms %s prints the data inert', async (...args) => {
    const { stdout } = await lmsIn([...args, '--data', file, '--color', 'never'], { columns: 200 });
    expect(stdout).toContain('Hostile');
    expect(stdout).not.toMatch(ACTIVE);
  });

  it('keeps every string exact in JSON, escaped rather than stripped', async () => {
    const { stdout } = await lmsIn(['resource', 'hostile', '--data', file, '--json']);
    expect(stdout).not.toMatch(ACTIVE);
    const record = JSON.parse(stdout) as { description: string; aliases: string[]; phones: Array<{ display: string }> };
    expect(record.description).toBe(hostileText);
    expect(record.aliases).toEqual([HOSTILE.bidi]);
    expect(record.phones[0]?.display).toBe(`0113 ${HOSTILE.c1}`);
  });

  it('neutralizes what a user typed when it is echoed in a message', async () => {
    const { status, stderr } = await lmsIn(['section', '\u001b]0;pwned\u0007']);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(ACTIVE);
    expect(stderr).toContain('\\u{1b}]0;pwned\\u{7}');
  });
});
