import { spawn } from 'node:child_process';
import { CLI, ROOT } from './paths.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** From the interrupt (interruptWhen) to the end. */
  msAfterInterrupt?: number;
}

/** Runs lms without blocking this process, which is also serving the links it checks. */
export function lmsAsync(args: string[], options: { interruptWhen?: Promise<unknown>; script?: boolean } = {}): Promise<Run> {
  const started = Date.now();
  const child = options.script
    ? spawn('script', ['-qec', `stty cols 80; '${process.execPath}' '${CLI}' ${args.map((a) => `'${a}'`).join(' ')}`, '/dev/null'], { cwd: ROOT })
    : spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let interrupted: number | undefined;
  void options.interruptWhen?.then(() => {
    interrupted = Date.now();
    child.kill('SIGINT');
  });
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started, ...(interrupted === undefined ? {} : { msAfterInterrupt: Date.now() - interrupted }) })),
  );
}

