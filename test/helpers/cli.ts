import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './paths.js';
import { tempDir } from './temp.js';

/** Indexes of large data files go here, not into the home folder of whoever runs the tests. */
export const CACHE = tempDir('cache-');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no color forcing or disabling leaks in from the machine running the tests. */
export function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // PAGER=cat: a test on a pseudo-terminal must not wait in less; the pager tests set their own.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TERM: 'xterm-256color', PAGER: 'cat', LMS_CACHE_DIR: CACHE };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Runs lms with stdout and stderr as pipes, as `lms … | jq` would. */
export function lms(args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: baseEnv(env), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs lms under a pseudo-terminal (util-linux `script`), so stdout is a TTY of
 * the given width. The terminal merges stdout and stderr and ends lines in CRLF;
 * the result has plain LF endings.
 */
export function lmsInTerminal(args: readonly string[], options: { columns?: number; rows?: number; env?: Record<string, string | undefined> } = {}): CliResult {
  const command = `stty cols ${options.columns ?? 80} rows ${options.rows ?? 50}; ${shellQuote(process.execPath)} ${shellQuote(CLI)} ${args.map(shellQuote).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: baseEnv(options.env ?? {}), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.replace(/\r\n/g, '\n'), stderr: result.stderr };
}

/** Text with ANSI escape sequences removed. */
export function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
