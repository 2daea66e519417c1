import { Chalk } from 'chalk';
import { CommanderError } from 'commander';
import { COMMANDS } from '../commands/index.js';
import { loadDirectory } from '../data/shipped.js';
import { DEFAULT_STALE_DAYS, daysBetween, newestCheck } from '../query/age.js';
import type { Directory } from '../types.js';
import { dataPaths, directoryWithUserData } from './user-data.js';
import { DataError, ExitCode, LmsError, UsageError } from '../errors.js';
import type { Style } from '../format/style.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { unknownValueMessage } from '../query/suggest.js';
import { orientationText } from './orientation.js';
import { buildProgram } from './program.js';
import type { Invocation } from './program.js';
import { checkFormat, parseFormat, render } from './rendering.js';
import type { Format, Rendering } from './rendering.js';
import { colorLevel, parseColorWhen, wrapWidth } from './terminal.js';
import type { Env } from './terminal.js';

export interface Io {
  stdout: { isTTY: boolean; columns?: number; write(text: string): void };
  stderr: { isTTY: boolean; write(text: string): void };
  env: Env;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Today, YYYY-MM-DD (LMS_TODAY, when set, stands in for it). */
  today: string;
}

const COMMAND_NAMES = COMMANDS.map((c) => c.name);

/** Output decisions from the global options: format, then color and width. */
function outputChoice(options: Record<string, unknown>, io: Io): { format: Format | undefined; style: Style } {
  let format = typeof options.format === 'string' ? parseFormat(options.format) : undefined;
  if (options.json === true) {
    if (format !== undefined && format !== 'json') throw new UsageError(`--json and --format ${format} ask for different formats; use one`);
    format = 'json';
  }
  const level = colorLevel(parseColorWhen(options.color as string | boolean | undefined), io.stdout.isTTY, io.env);
  return { format, style: { color: new Chalk({ level }), width: wrapWidth(io.stdout.isTTY, io.stdout.columns) } };
}

/** Commander's messages ("error: unknown option '--x'\n(Did you mean --y?)") as one line, with the valid options. */
function commanderMessage(error: CommanderError, argv: readonly string[]): string {
  const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
  const spec = COMMANDS.find((c) => argv.includes(c.name));
  if (error.code !== 'commander.unknownOption') return `${message}. See 'lms ${spec?.name ?? ''}${spec ? ' ' : ''}--help' for usage and examples`;
  const own = (spec?.options ?? []).map((o) => /--[\w-]+/.exec(o.flags)?.[0]);
  const valid = [...own, '--json', '--format', '--data', '--color', '--no-color', '--help'].filter(Boolean);
  return `${message} Options${spec ? ` for 'lms ${spec.name}'` : ''}: ${valid.join(', ')}`;
}

function today(io: Io): string {
  const override = io.env.LMS_TODAY;
  if (override === undefined || override === '') return io.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(override) || Number.isNaN(Date.parse(override))) throw new UsageError(`LMS_TODAY must be a date as YYYY-MM-DD, not '${override}'`);
  return override;
}

/** On a terminal, a word on stderr when even the newest check of the shipped data is old. */
function ageNote(date: string): string | undefined {
  const newest = newestCheck(loadDirectory().resources);
  if (newest === undefined) return undefined;
  const age = daysBetween(newest, date);
  if (age <= DEFAULT_STALE_DAYS) return undefined;
  return `the shipped data was last checked on ${newest}, ${age} days ago; details may have changed. 'lms stale' lists what to re-check.`;
}

async function execute(invocation: Invocation, io: Io, out: string[], err: string[]): Promise<number> {
  const { format, style } = outputChoice(invocation.options, io);
  if (invocation.kind === 'orientation') {
    if (invocation.unknownCommand !== undefined) throw new UsageError(unknownValueMessage('command', invocation.unknownCommand, COMMAND_NAMES));
    out.push(orientationText(disclaimerOf(loadDirectory()), style));
    return ExitCode.ok;
  }
  const { spec, args, options } = invocation;
  const date = today(io);
  let directory: Directory | undefined;
  const load = (): Directory => {
    if (!directory) {
      const loaded = directoryWithUserData(dataPaths(options.data, io.env));
      for (const note of loaded.notes) err.push(`lms: ${note}\n`);
      directory = loaded.directory;
    }
    return directory;
  };
  const progress = io.stderr.isTTY ? (line: string) => io.stderr.write(`\r\u001b[2K${line}`) : undefined;
  const rendering: Rendering = await spec.run({ args, options, directory: load, shipped: loadDirectory, today: date, signal: io.signal, ...(progress ? { progress } : {}) });
  const chosen = format ?? rendering.preferredFormat ?? (io.stdout.isTTY || !rendering.table ? 'text' : 'tsv');
  checkFormat(chosen, rendering, spec.name);
  for (const note of rendering.notes ?? []) err.push(`lms: ${note}\n`);
  if (rendering.isEmpty && io.stdout.isTTY && rendering.emptyNote) err.push(`lms: ${rendering.emptyNote}\n`);
  const stale = io.stdout.isTTY ? ageNote(date) : undefined;
  if (stale) err.push(`lms: note: ${stale}\n`);
  if (!rendering.silent) out.push(render(rendering, chosen, style));
  return rendering.exitCode ?? ExitCode.ok;
}

/**
 * Runs one command line and returns the exit code. Output is gathered and
 * written once at the end, so a failure never leaves half a result on stdout.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const out: string[] = [];
  const err: string[] = [];
  let invocation: Invocation | undefined;
  let code: number;
  try {
    buildProgram({ writeOut: (t) => out.push(t), writeErr: (t) => err.push(t) }, (i) => (invocation = i)).parse([...argv], { from: 'user' });
    code = invocation ? await execute(invocation, io, out, err) : ExitCode.ok;
  } catch (error) {
    code = failure(error, argv, err, io.env);
    // Help and version are the only "failures" whose output stands; anything else prints nothing to stdout.
    if (code !== ExitCode.ok) out.length = 0;
  }
  if (err.length > 0) io.stderr.write(err.join(''));
  if (out.length > 0) io.stdout.write(out.join(''));
  return code;
}

function failure(error: unknown, argv: readonly string[], err: string[], env: Env): number {
  if (error instanceof CommanderError) {
    // Help and version arrive as "errors" from exitOverride; their text is already in `out`.
    if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) return error.exitCode;
    err.push(`lms: ${commanderMessage(error, argv)}\n`);
    return ExitCode.usage;
  }
  if (error instanceof DataError) {
    for (const problem of error.problems) err.push(`lms: ${problem}\n`);
    return error.exitCode;
  }
  if (error instanceof LmsError) {
    err.push(`lms: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = env.LMS_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  err.push(`lms: internal error: ${error instanceof Error ? error.message : String(error)}. This is a bug in lms: please report it with the command you ran (LMS_DEBUG=1 shows details).${detail}\n`);
  return ExitCode.internal;
}
