import { UsageError } from '../errors.js';
import type { Directory } from '../model.js';
import type { Format } from '../format/formats.js';
import type { View, ViewKind } from '../format/registry.js';

/** An option as data: commander, help, the completion scripts and the README's tables are made from it. */
export interface OptionSpec {
  flags: string;
  description: string;
  /** Collect every use (and comma-separated values) into a list. */
  repeatable?: boolean;
  /** Its value when not given, set before the command runs. */
  default?: string | number;
  /** Its default in words, where it depends on other options ("5 with --near, else all"). */
  defaultText?: string;
  /** Reads a value as typed, or refuses it with a usage error that says what it takes. */
  parse?: (value: string, flag: string) => unknown;
}

/** What help, completion and the README say an option does: its description, and its default. */
export function optionHelp(option: OptionSpec): string {
  const fallback = option.defaultText ?? option.default;
  return fallback === undefined ? option.description : `${option.description} (default ${fallback})`;
}

// Flags are read with string methods, not patterns: every run reads its options' flags, and V8
// compiles a pattern when it is first used, which takes longer than the rest of these functions.

/** "-r, --region <place>" → "--region". */
export function longFlag(flags: string): string {
  const at = flags.indexOf('--');
  if (at === -1) return flags;
  const end = flags.indexOf(' ', at);
  return end === -1 ? flags.slice(at) : flags.slice(at, end);
}

/** The key commander gives an option's value: --max-redirects → maxRedirects, --no-color → color. */
export function optionKey(option: OptionSpec): string {
  const flag = longFlag(option.flags);
  const name = flag.startsWith('--no-') ? flag.slice(5) : flag.startsWith('--') ? flag.slice(2) : flag;
  return name
    .split('-')
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** The options as commands read them: each value given read by its option's parser, each one not given its default. */
export function parseOptions(specs: readonly OptionSpec[], given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const parsed: Record<string, unknown> = { ...given };
  for (const spec of specs) {
    if (spec.parse === undefined && spec.default === undefined) continue;
    const key = optionKey(spec);
    const value = given[key];
    if (value === undefined) {
      if (spec.default !== undefined) parsed[key] = spec.default;
    } else if (spec.parse && typeof value === 'string') {
      parsed[key] = spec.parse(value, longFlag(spec.flags));
    }
  }
  return parsed;
}

/** What the core hands a command: the parsed command line and the world it runs in. */
export interface CommandContext {
  args: string[];
  options: Readonly<Record<string, unknown>>;
  /** The user's data files to load, in order (LMS_DATA's, then --data's), and a note for each that LMS_DATA names but is gone. */
  dataFiles: { paths: readonly string[]; notes: readonly string[] };
  /** Where indexes of large data files are kept; undefined for none (LMS_NO_CACHE). */
  cacheFolder: string | undefined;
  /** Today, YYYY-MM-DD, read when asked for: a process's first date reads its time zone, which most commands have no use for. */
  today(): string;
  /**
   * True when the output is for reading (text, Markdown, TSV, CSV) rather than
   * JSON: strings from data are then neutralized before they are formatted.
   */
  forReading: boolean;
  /**
   * A signal aborted when the user interrupts (Ctrl-C). Until a command asks
   * for it, Ctrl-C ends the process at once, as it does any short program; a
   * long command asks first, to stop cleanly and report what it has.
   */
  interruption: () => AbortSignal;
  /** Redraws a one-line progress display on stderr; does nothing unless stderr is a terminal. */
  progress: (line: string) => void;
}

/** What a command gives back: what it found, as plain data for the formatters, and notes for stderr. */
export interface CommandResult {
  view: View;
  notes: readonly string[];
  /** A command whose result is a verdict (validate, check-links) sets its exit code here. */
  exitCode?: number;
  /** Nothing for stdout (an interrupted run says what it has in its notes). */
  silent?: boolean;
}

/** What the core gets from a command: its result, and the notes of loading the user's data files. */
export type CommandRunner = (context: CommandContext) => Promise<{ result: CommandResult; notes: readonly string[] }>;

/** A subcommand as data: commander is configured from it; `load` brings its code. */
export interface CommandMeta {
  name: string;
  /** Other names it answers to (centers for centres). */
  aliases?: readonly string[];
  /** commander argument syntax, e.g. "<name...>". */
  arguments?: string;
  summary: string;
  examples: ReadonlyArray<readonly [command: string, what: string]>;
  options?: readonly OptionSpec[];
  /** The views it returns: it prints in the formats all of them have (formatsOf), and its help, completions and --format offer those. */
  views: readonly ViewKind[];
  /** The format when none is asked for (otherwise text on a terminal, tsv or text in a pipe). */
  preferredFormat?: Format;
  load(): Promise<{ run: CommandRunner }>;
}

/** What a command's own code receives (see defineCommand). */
export interface CommandInput extends CommandContext {
  /** The directory with the user's data files loaded. */
  directory(): Promise<Directory>;
  /** The shipped directory alone (for its vocabularies), without user data. */
  shipped(): Directory;
}

/** Repeatable option values as a flat list: `--region uk --region us,ca` → [uk, us, ca]. */
export function listOption(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((v: string) => v.split(',')).filter((v) => v.trim() !== '') : [];
}

/** A parser of numbers of at least `min`, whole unless `whole` is false: anything else is a usage error saying what it takes. */
export function atLeast(min: number, whole = true): (value: string, flag: string) => number {
  return (value, flag) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || (whole && !Number.isInteger(n))) throw new UsageError(`${flag} takes a ${whole ? 'whole ' : ''}number of at least ${min}, not '${value}'`);
    return n;
  };
}
