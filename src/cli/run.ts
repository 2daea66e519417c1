import { CommanderError } from 'commander';
import { COMMANDS } from '../commands/catalog.js';
import { DataError, ExitCode, LmsError, UsageError } from '../errors.js';
import { neutralize } from '../format/neutralize.js';
import { NO_PAINT, osc8 } from '../format/style.js';
import { wrapWords } from '../format/wrap.js';
import type { Paint, Style } from '../format/style.js';
import { unknownValueMessage } from '../query/suggest.js';
import { longFlag, parseOptions } from '../kit/command.js';
import type { CommandMeta } from '../kit/command.js';
import { cacheDirectory } from '../kit/cache-directory.js';
import { dataPaths } from '../kit/data-paths.js';
import { GLOBAL_OPTIONS, GLOBAL_VALUE_OPTIONS } from '../kit/global-options.js';
import { shippedCheckDates } from '../data/shipped.js';
import { ageNote } from '../query/age.js';
import { buildProgram, namedCommand } from './program.js';
import type { Invocation } from './program.js';
import { checkFormat, parseFormat, render } from '../kit/rendering.js';
import type { Format } from '../format/formats.js';
import { formatsOf, hasFormat } from '../format/registry.js';
import { colorLevel, hyperlinks, parseColorWhen, wantsPager, wrapWidth } from '../kit/terminal.js';
import type { ColorSupportLevel, Env } from '../kit/terminal.js';

export interface Io {
  stdout: { isTTY: boolean; columns?: number; rows?: number; write(text: string): void };
  stderr: { isTTY(): boolean; columns?(): number | undefined; write(text: string): void };
  env: Env;
  /** A signal aborted on Ctrl-C; see CommandContext.interruption. */
  interruption: () => AbortSignal;
  /** Shows text through the user's pager; false when there is none to run. */
  page?(text: string): Promise<boolean>;
  /** Today, YYYY-MM-DD (LMS_TODAY, when set, stands in for it); asked only by a run that needs the date, as a process's first date costs reading its time zone. */
  today(): string;
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
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
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
  // Every lms message starts the same way: "lms: did you mean …", never "Did you mean".
  const message = error.message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\.$/, '')
    .replace(/\(Did you mean/g, '(did you mean');
  const spec = namedCommand(argv);
  if (error.code === 'commander.excessArguments' && spec) {
    const extra = extraWord(argv, spec);
    const region = spec.options?.some((o) => o.flags.includes('--region'));
    const hint = region && extra !== undefined && !extra.startsWith('-') ? ` (did you mean --region ${extra}?)` : '';
    return `'lms ${spec.name}' takes ${spec.arguments ? 'one' : 'no'} word${spec.arguments ? '' : 's'} after it${extra === undefined ? '' : `, not '${extra}'`}${hint}. See 'lms ${spec.name} --help' for usage and examples`;
  }
  if (error.code !== 'commander.unknownOption') return `${message}. See 'lms ${spec?.name ?? ''}${spec ? ' ' : ''}--help' for usage and examples`;
  // Many programs print their version with -v; lms follows commander's -V.
  if (/unknown option '-v'$/.test(message)) return `${message} (did you mean --version?)`;
  const valid = [...(spec?.options ?? []), ...GLOBAL_OPTIONS].map((o) => longFlag(o.flags)).concat('--help');
  return `${message} Options${spec ? ` for 'lms ${spec.name}'` : ''}: ${valid.join(', ')}`;
}

/** `lms help X` for an X that is no command is a mistake to name, not a reason to print every command's help. */
function checkHelpTopic(argv: readonly string[]): void {
  const words = argv.filter((word, i) => !word.startsWith('-') && !GLOBAL_VALUE_OPTIONS.has(argv[i - 1] ?? ''));
  const topic = words[1];
  if (words[0] === 'help' && topic !== undefined && topic !== 'help' && !COMMAND_NAMES.includes(topic)) {
    throw new UsageError(unknownValueMessage('command', topic, COMMAND_NAMES));
  }
}

/** The first word after a command that is neither an option nor an option's value: what commander found one too many of. */
function extraWord(argv: readonly string[], spec: CommandMeta): string | undefined {
  const takesValue = new Set([...GLOBAL_VALUE_OPTIONS, ...(spec.options ?? []).filter((o) => o.flags.includes('<')).flatMap((o) => o.flags.match(/-{1,2}[\w-]+/g) ?? [])]);
  const after = argv.slice(argv.indexOf(spec.name) + 1);
  const words = after.filter((word, i) => !word.startsWith('-') && !takesValue.has(after[i - 1] ?? ''));
  return words[spec.arguments ? 1 : 0];
}

/** Today, as the run will ask for it; LMS_TODAY is checked now, before anything runs. */
function today(io: Io): () => string {
  const override = io.env.LMS_TODAY;
  if (override === undefined || override === '') return io.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(override) || Number.isNaN(Date.parse(override))) throw new UsageError(`LMS_TODAY must be a date as YYYY-MM-DD, not '${override}'`);
  return () => override;
}

/**
 * The format a run prints in, decided once: what the flags ask for; else text
 * on a terminal (a command's preferred format, the handout's HTML or the
 * checklist's Markdown, is for files and pipes); else the preferred format, or
 * TSV for a command with columns, or text.
 */
function formatFor(invocation: Invocation, asked: Format | undefined, io: Io): Format {
  if (invocation.kind === 'orientation' || io.stdout.isTTY) return asked ?? 'text';
  const { preferredFormat } = invocation.spec;
  return asked ?? preferredFormat ?? (formatsOf(invocation.spec.views).includes('tsv') ? 'tsv' : 'text');
}

async function execute(invocation: Invocation, io: Io, out: string[], err: string[]): Promise<{ code: number; pageable: boolean }> {
  const { format: asked, style } = await outputChoice(invocation.options, io);
  if (invocation.kind === 'orientation' && invocation.unknownCommand !== undefined) {
    throw new UsageError(unknownValueMessage('command', invocation.unknownCommand, COMMAND_NAMES));
  }
  if (invocation.kind === 'orientation' && asked !== undefined) {
    throw new UsageError(`${invocation.options.json === true ? '--json' : '--format'} needs a command, e.g. lms resources ${invocation.options.json === true ? '--json' : `--format ${asked}`}`);
  }
  if (invocation.kind === 'command' && asked !== undefined) checkFormat(asked, invocation.spec);
  const format = formatFor(invocation, asked, io);
  // Values are read, and refused, before any command code is loaded.
  const options = parseOptions([...GLOBAL_OPTIONS, ...(invocation.kind === 'command' ? (invocation.spec.options ?? []) : [])], invocation.options);
  const { run } = invocation.kind === 'orientation' ? await import('../commands/orientation.js') : await invocation.spec.load();
  let stderrIsTTY: boolean | undefined;
  const progress = (line: string) => {
    stderrIsTTY ??= io.stderr.isTTY();
    if (stderrIsTTY) io.stderr.write(`\r\u001b[2K${line}`);
  };
  const date = today(io);
  const { result, notes } = await run({
    args: invocation.kind === 'command' ? invocation.args : [],
    options,
    dataFiles: dataPaths(invocation.options.data, io.env),
    cacheFolder: cacheDirectory(io.env),
    today: date,
    forReading: !['json', 'ndjson', 'hsds'].includes(format),
    interruption: io.interruption,
    progress,
  });
  const { view } = result;
  const stale = io.stdout.isTTY ? ageNote(shippedCheckDates().newest, date()) : undefined;
  for (const note of [...notes, ...(stale ? [stale] : []), ...result.notes]) err.push(`lms: ${neutralize(note)}\n`);
  if ('empty' in view && view.empty !== undefined && io.stdout.isTTY) err.push(`lms: ${neutralize(view.empty)}\n`);
  // A terminal asked for nothing in particular may be shown something else than the text (how to save a page).
  const onTerminal = io.stdout.isTTY && asked === undefined && hasFormat(view.kind, 'terminal');
  if (!result.silent) out.push(await render(view, onTerminal ? 'terminal' : format, style));
  // Long reading goes through the pager; where to start is short, and a pager in front of it would hide the commands behind a keypress.
  return { code: result.exitCode ?? ExitCode.ok, pageable: invocation.kind === 'command' && (format === 'text' || format === 'md') };
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
  let pageable = false;
  try {
    const output = {
      writeOut: (t: string) => out.push(t),
      writeErr: (t: string) => err.push(t),
      helpWidth: (error: boolean) => (error ? (io.stderr.isTTY() ? io.stderr.columns?.() : undefined) : io.stdout.isTTY ? io.stdout.columns : undefined) ?? 80,
    };
    checkHelpTopic(argv);
    buildProgram(output, (i) => (invocation = i), namedCommand(argv)).parse([...argv], { from: 'user' });
    const done = invocation ? await execute(invocation, io, out, err) : { code: ExitCode.ok, pageable: false };
    code = done.code;
    pageable = done.pageable;
  } catch (error) {
    code = failure(error, argv, err, io.env);
    // Help and version are the only "failures" whose output stands; anything else prints nothing to stdout.
    if (code !== ExitCode.ok) out.length = 0;
  }
  if (err.length > 0) io.stderr.write(fitted(err, io));
  const text = out.join('');
  if (text === '') return code;
  // Long reading on a terminal goes through the pager (PAGER, or less); data formats and pipes never do.
  const paged = pageable && wantsPager(io.stdout.isTTY, io.stdout.rows, text.split('\n').length, invocation?.options.pager === false);
  if (code === ExitCode.ok && paged && io.page && (await io.page(text))) return code;
  io.stdout.write(text);
  return code;
}

/** Messages for stderr; on a terminal, wrapped between words and indented under the text after 'lms: '. */
function fitted(messages: readonly string[], io: Io): string {
  const text = messages.join('');
  if (!io.stderr.isTTY()) return text;
  const width = wrapWidth(true, io.stderr.columns?.());
  return text
    .split('\n')
    .map((line) => (line.length > width ? wrapWords(line, width, 'lms: '.length) : line))
    .join('\n');
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
