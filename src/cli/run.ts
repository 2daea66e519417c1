import { CommanderError } from 'commander';
import { COMMANDS } from '../commands/catalog.js';
import { DataError, ExitCode, LmsError, UsageError } from '../errors.js';
import { neutralize } from '../format/neutralize.js';
import { NO_PAINT, osc8 } from '../format/style.js';
import type { Paint, Style } from '../format/style.js';
import { unknownValueMessage } from '../query/suggest.js';
import { buildProgram, namedCommand } from './program.js';
import type { Invocation } from './program.js';
import { checkFormat, parseFormat, render } from './rendering.js';
import type { Format } from './rendering.js';
import { colorLevel, hyperlinks, parseColorWhen, wantsPager, wrapWidth } from './terminal.js';
import type { ColorSupportLevel, Env } from './terminal.js';

export interface Io {
  stdout: { isTTY: boolean; columns?: number; rows?: number; write(text: string): void };
  stderr: { isTTY(): boolean; write(text: string): void };
  env: Env;
  /** A signal aborted on Ctrl-C; see CommandContext.interruption. */
  interruption: () => AbortSignal;
  /** Shows text through the user's pager; false when there is none to run. */
  page?(text: string): Promise<boolean>;
  /** Today, YYYY-MM-DD (LMS_TODAY, when set, stands in for it). */
  today: string;
}

const COMMAND_NAMES = COMMANDS.map((c) => c.name);

/** Wrapping for a terminal; a pipe gets lines whole, and never pays for loading the wrapper. */
async function textWrapper(width: number): Promise<Style['wrapText']> {
  if (!Number.isFinite(width)) return (text) => text;
  return (await import('./wrap-text.js')).wrapText;
}

/** Colors at the level decided; chalk is loaded only when there is color to paint. */
async function painter(level: ColorSupportLevel): Promise<Paint> {
  if (level === 0) return NO_PAINT;
  return (await import('./chalk-paint.js')).chalkPaint(level);
}

/** Output decisions from the global options and the terminal: format, color, width, links. */
async function outputChoice(options: Record<string, unknown>, io: Io): Promise<{ format: Format | undefined; style: Style }> {
  let format = typeof options.format === 'string' ? parseFormat(options.format) : undefined;
  if (options.json === true) {
    if (format !== undefined && format !== 'json') throw new UsageError(`--json and --format ${format} ask for different formats; use one`);
    format = 'json';
  }
  const level = colorLevel(parseColorWhen(options.color as string | boolean | undefined), io.stdout.isTTY, io.env);
  const width = wrapWidth(io.stdout.isTTY, io.stdout.columns);
  const link = hyperlinks(io.stdout.isTTY, io.env) ? osc8 : (url: string) => url;
  return { format, style: { color: await painter(level), width, wrapText: await textWrapper(width), link } };
}

/** Commander's messages ("error: unknown option '--x'\n(Did you mean --y?)") as one line, with the valid options. */
function commanderMessage(error: CommanderError, argv: readonly string[]): string {
  const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
  const spec = namedCommand(argv);
  if (error.code !== 'commander.unknownOption') return `${message}. See 'lms ${spec?.name ?? ''}${spec ? ' ' : ''}--help' for usage and examples`;
  const own = (spec?.options ?? []).map((o) => /--[\w-]+/.exec(o.flags)?.[0]);
  const valid = [...own, '--json', '--format', '--data', '--color', '--no-color', '--no-pager', '--help'].filter(Boolean);
  return `${message} Options${spec ? ` for 'lms ${spec.name}'` : ''}: ${valid.join(', ')}`;
}

function today(io: Io): string {
  const override = io.env.LMS_TODAY;
  if (override === undefined || override === '') return io.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(override) || Number.isNaN(Date.parse(override))) throw new UsageError(`LMS_TODAY must be a date as YYYY-MM-DD, not '${override}'`);
  return override;
}

async function execute(invocation: Invocation, io: Io, out: string[], err: string[]): Promise<number> {
  const { format, style } = await outputChoice(invocation.options, io);
  if (invocation.kind === 'orientation' && invocation.unknownCommand !== undefined) {
    throw new UsageError(unknownValueMessage('command', invocation.unknownCommand, COMMAND_NAMES));
  }
  const { run } = invocation.kind === 'orientation' ? await import('../commands/orientation.js') : await invocation.spec.load();
  const preferred = invocation.kind === 'command' ? invocation.spec.preferredFormat : undefined;
  let stderrIsTTY: boolean | undefined;
  const progress = (line: string) => {
    stderrIsTTY ??= io.stderr.isTTY();
    if (stderrIsTTY) io.stderr.write(`\r\u001b[2K${line}`);
  };
  const { rendering, notes } = await run({
    args: invocation.kind === 'command' ? invocation.args : [],
    options: invocation.options,
    env: io.env,
    today: today(io),
    stdoutIsTTY: io.stdout.isTTY,
    forReading: !['json', 'ndjson', 'hsds'].includes(format ?? preferred ?? 'text'),
    interruption: io.interruption,
    progress,
  });
  const name = invocation.kind === 'command' ? invocation.spec.name : '';
  const chosen = invocation.kind === 'orientation' ? 'text' : (format ?? preferred ?? (io.stdout.isTTY || !rendering.table ? 'text' : 'tsv'));
  checkFormat(chosen, rendering, name);
  for (const note of [...notes, ...(rendering.notes ?? [])]) err.push(`lms: ${neutralize(note)}\n`);
  if (rendering.isEmpty && io.stdout.isTTY && rendering.emptyNote) err.push(`lms: ${neutralize(rendering.emptyNote)}\n`);
  if (!rendering.silent) out.push(render(rendering, chosen, style));
  return rendering.exitCode ?? ExitCode.ok;
}

/** Long reading on a terminal goes through the pager (PAGER, or less); data formats and pipes never do. */
function pageable(invocation: Invocation, io: Io, text: string): boolean {
  const format = invocation.options.json === true ? 'json' : (invocation.options.format as string | undefined);
  if (format !== undefined && format !== 'text' && format !== 'md') return false;
  if (invocation.kind === 'command' && invocation.spec.preferredFormat && format === undefined) return false;
  const lines = text.split('\n').length;
  return wantsPager(io.stdout.isTTY, io.stdout.rows, lines, invocation.options.pager === false);
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
    const output = { writeOut: (t: string) => out.push(t), writeErr: (t: string) => err.push(t) };
    buildProgram(output, (i) => (invocation = i), namedCommand(argv)).parse([...argv], { from: 'user' });
    code = invocation ? await execute(invocation, io, out, err) : ExitCode.ok;
  } catch (error) {
    code = failure(error, argv, err, io.env);
    // Help and version are the only "failures" whose output stands; anything else prints nothing to stdout.
    if (code !== ExitCode.ok) out.length = 0;
  }
  if (err.length > 0) io.stderr.write(err.join(''));
  const text = out.join('');
  if (text === '') return code;
  if (code === ExitCode.ok && invocation && io.page && pageable(invocation, io, text) && (await io.page(text))) return code;
  io.stdout.write(text);
  return code;
}

function failure(error: unknown, argv: readonly string[], err: string[], env: Env): number {
  if (error instanceof CommanderError) {
    // Help and version arrive as "errors" from exitOverride; their text is already in `out`.
    if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) return error.exitCode;
    err.push(`lms: ${neutralize(commanderMessage(error, argv))}\n`);
    return ExitCode.usage;
  }
  if (error instanceof DataError) {
    for (const problem of error.problems) err.push(`lms: ${neutralize(problem)}\n`);
    return error.exitCode;
  }
  if (error instanceof LmsError) {
    err.push(`lms: ${neutralize(error.message)}\n`);
    return error.exitCode;
  }
  const detail = env.LMS_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  err.push(`lms: internal error: ${neutralize(error instanceof Error ? error.message : String(error))}. This is a bug in lms: please report it with the command you ran (LMS_DEBUG=1 shows details).${detail}\n`);
  return ExitCode.internal;
}
