import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/generate-directory.mjs';
import { lms, lmsInTerminal, plain } from '../helpers/cli.js';
import { CLI } from '../helpers/paths.js';
import { tempDir, writeData } from '../helpers/temp.js';

const COMMANDS = [
  ['resources', '--all'],
  ['resource', 'nci'],
  ['sections'],
  ['section', 'treatment'],
  ['search', 'sarcoma'],
  ['regions'],
  ['types'],
  ['stale', '--days', '0'],
  ['export', '--format', 'csv'],
  ['about'],
  ['handout', '--region', 'uk'],
  ['checklist'],
  ['completion', 'bash'],
  ['validate', 'data/resources.json'],
  [],
];

function sh(script: string) {
  return spawnSync('bash', ['--noprofile', '--norc', '-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('closed and broken output', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(no command)', c]))('lms %s ends quietly when the reader has already gone', (_, args) => {
    const quoted = (args as string[]).map((a) => `'${a}'`).join(' ');
    const result = sh(`"${process.execPath}" "${CLI}" ${quoted} | (exec 0<&-; sleep 0.3); echo "exit \${PIPESTATUS[0]}" >&2`);
    expect(result.stderr).toMatch(/^exit 0\n$/);
  });

  it('ends quietly with no stdout at all', () => {
    const result = sh(`"${process.execPath}" "${CLI}" resources >&-; echo "exit $?" >&2`);
    expect(result.stderr).toBe('exit 0\n');
  });

  it('delivers long output through a slow reader in full', () => {
    const result = sh(`"${process.execPath}" "${CLI}" export --format json | (sleep 0.3; cat) | wc -c`);
    expect(Number(result.stdout.trim())).toBe(lms(['export', '--format', 'json']).stdout.length + countMultiByteExtra(lms(['export', '--format', 'json']).stdout));
  });
});

// Some parents hand over a pipe in non-blocking mode: a full pipe then refuses a write
// (EAGAIN) instead of waiting, and what is left must still arrive before lms exits.
describe('a pipe that does not block', () => {
  it('gets long output in full, read slowly', async () => {
    const dir = tempDir();
    const data = writeData(dir, 'large.json', generateDirectory(2000, 5));
    const fifo = join(dir, 'out');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const child = spawn(process.execPath, [CLI, 'resources', '--data', data, '--format', 'json'], {
      stdio: ['ignore', writer, 'ignore'],
      env: { ...process.env, LMS_CACHE_DIR: join(dir, 'indexes') },
    });
    closeSync(writer);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Let the pipe fill before reading anything.
    await sleep(300);
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(1 << 16);
    for (;;) {
      let read: number;
      try {
        read = readSync(reader, buffer);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await sleep(2);
        continue;
      }
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    closeSync(reader);
    expect(await exited).toBe(0);
    const expected = lms(['resources', '--data', data, '--format', 'json']).stdout;
    expect(expected.length).toBeGreaterThan(1 << 17);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });
});

/** wc -c counts bytes; a JS string length counts UTF-16 units. */
function countMultiByteExtra(text: string): number {
  return Buffer.byteLength(text) - text.length;
}

describe('odd environments', () => {
  it('prints no colour with TERM=dumb, and still lays out cards', () => {
    const { stdout } = lmsInTerminal(['resources', '--region', 'uk'], { env: { TERM: 'dumb' } });
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toMatch(/^Sarcoma UK\n/m);
    expect(stdout).toMatch(/^ {2}In full {3}lms resource sarcoma-uk\n/m);
  });

  it('works in a 1-column terminal', () => {
    const { status, stdout } = lmsInTerminal(['section', 'follow-up'], { columns: 1 });
    expect(status).toBe(0);
    expect(plain(stdout)).toContain('F');
  });

  it('keeps lines readable in a 10,000-column terminal', () => {
    const { status, stdout } = lmsInTerminal(['resources', '--region', 'uk'], { columns: 10_000 });
    expect(status).toBe(0);
    for (const line of plain(stdout).split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('needs no HOME, writes nothing to the working directory, and copes with LANG=C', () => {
    const cwd = tempDir();
    const result = spawnSync(process.execPath, [CLI, 'resource', 'nci', '--format', 'text'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', LC_ALL: 'C' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1-800-4-CANCER');
    expect(result.stderr).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
