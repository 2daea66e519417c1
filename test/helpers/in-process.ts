// lms run inside the test process, through run(argv, io), as main.ts runs it but with a fake
// terminal: no process to start, so a test of what a command prints takes milliseconds. The
// end-to-end tests (helpers/cli.ts) keep spawning the built program in pipes and terminals.
import { run } from '../../src/cli/run.js';
import { baseEnv } from './cli.js';
import type { CliResult } from './cli.js';

export interface FakeTerminal {
  /** stdout is a terminal of this many columns; otherwise a pipe. */
  columns?: number;
  /** Variables set for the run (undefined: not set), over a clean environment. */
  env?: Record<string, string | undefined>;
}

export async function lmsIn(args: readonly string[], terminal: FakeTerminal = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const tty = terminal.columns !== undefined;
  const status = await run(args, {
    stdout: { isTTY: tty, ...(tty ? { columns: terminal.columns, rows: 40 } : {}), write: (text) => (stdout += text) },
    stderr: { isTTY: () => false, write: (text) => (stderr += text) },
    env: baseEnv(terminal.env ?? {}),
    interruption: () => new AbortController().signal,
    today: () => new Date().toISOString().slice(0, 10),
  });
  return { status, stdout, stderr };
}
