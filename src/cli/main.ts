// The process edge: the only code that touches process.* . Everything below it
// takes argv, environment and streams as values. Output goes straight to the
// file descriptors: building process.stdout for a pipe costs more start-up
// time than everything else a short command does.
import { fstatSync, statSync, writeSync } from 'node:fs';
import type * as ChildProcess from 'node:child_process';
import type * as Tty from 'node:tty';
import { ESCAPES } from '../format/style.js';
import { run } from './run.js';

/**
 * isatty(fd), asking the tty module (which loads Node's network stack) only
 * about character devices other than /dev/null: a pipe or a file never is one.
 */
function isTerminal(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice() || stats.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for character devices
  return (require('node:tty') as typeof Tty).isatty(fd);
}

/** Set once output has been handed to one of Node's streams, which write it later. */
let streamed = false;

/**
 * Writes all of the text, blocking like a terminal would. A reader that has
 * gone away (EPIPE: `lms … | head -1`) ends output quietly; a non-blocking
 * descriptor that is full hands the rest to Node's stream, which waits.
 */
function writer(fd: 1 | 2): (text: string) => void {
  let closed = false;
  return (text) => {
    let bytes = Buffer.from(text);
    while (!closed && bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // The reader went away (EPIPE) or there is no output at all (EBADF: `lms … >&-`): stop quietly.
        if (code === 'EPIPE' || code === 'EBADF') closed = true;
        else if (code === 'EAGAIN') {
          const stream = fd === 1 ? process.stdout : process.stderr;
          stream.on('error', () => undefined);
          stream.write(bytes);
          streamed = true;
          return;
        } else throw error;
      }
    }
  };
}

/**
 * Shows text through $PAGER (less, with LESS=FRX when LESS is unset: quit if it
 * fits, keep colors, leave the screen as it was). False when no pager runs.
 */
function page(text: string): Promise<boolean> {
  const command = process.env.PAGER ?? 'less';
  if (command.trim() === '' || command.trim() === 'cat') return Promise.resolve(false);
  // less shows color codes as text unless told R (or r); a LESS the user set without it is kept, and the colors go.
  const less = /(^|\/)less$/.test(command.trim().split(/\s+/)[0] ?? '');
  const raw = process.env.LESS === undefined || /[rR]/.test(process.env.LESS) || /(^|\s)-[a-zA-Z]*[rR]/.test(command);
  if (less && !raw) text = text.replace(ESCAPES, '');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only a paging run loads child_process
  const { spawn } = require('node:child_process') as typeof ChildProcess;
  return new Promise((resolve) => {
    const pager = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...process.env, LESS: process.env.LESS ?? 'FRX' } });
    pager.on('error', () => resolve(false));
    // Quitting the pager early closes its input: not an error.
    pager.stdin.on('error', () => undefined);
    pager.stdin.end(text);
    pager.on('close', (code) => resolve(code !== 127));
  });
}

/**
 * Ctrl-C asks a long run (check-links) to stop and report what it has; the
 * command decides how. Made only when a command asks: a short run has no use
 * for it, and creating it costs start-up time.
 */
let interrupt: AbortController | undefined;
function interruption(): AbortSignal {
  if (!interrupt) {
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    interrupt = controller;
  }
  return interrupt.signal;
}

const stdoutIsTTY = isTerminal(1);
void run(process.argv.slice(2), {
  stdout: { isTTY: stdoutIsTTY, columns: stdoutIsTTY ? process.stdout.columns : undefined, rows: stdoutIsTTY ? process.stdout.rows : undefined, write: writer(1) },
  // Asked only by a run that draws progress.
  stderr: { isTTY: () => isTerminal(2), columns: () => process.stderr.columns, write: writer(2) },
  env: process.env,
  today: () => new Date().toISOString().slice(0, 10),
  interruption,
  page,
}).then((code) => {
  // Output handed to a stream must drain first: end the usual way once it has.
  if (streamed) {
    process.exitCode = code;
    // Nothing is left to interrupt: a second Ctrl-C now ends the process at once.
    if (interrupt) process.removeAllListeners('SIGINT');
    return;
  }
  // Everything is written. Ending the usual way would first wait for work the
  // run no longer needs, such as V8 compiling code that was hot, a few
  // milliseconds at every start.
  process.exit(code);
});
