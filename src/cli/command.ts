import type { Directory } from '../types.js';
import type { Rendering } from './rendering.js';

export interface OptionSpec {
  flags: string;
  description: string;
  /** Collect every use (and comma-separated values) into a list. */
  repeatable?: boolean;
}

export interface CommandInput {
  args: string[];
  options: Readonly<Record<string, unknown>>;
  /** The directory with the user's data files loaded; read on first use. */
  directory(): Directory;
  /** The shipped directory alone (for its vocabularies), without user data. */
  shipped(): Directory;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Aborted when the user interrupts (Ctrl-C). */
  signal: AbortSignal;
  /** Redraws a one-line progress display on stderr; undefined unless stderr is a terminal. */
  progress?: (line: string) => void;
}

/** A subcommand as data: commander is configured from it, and `run` is the whole behaviour. */
export interface CommandSpec {
  name: string;
  /** commander argument syntax, e.g. "<name...>". */
  arguments?: string;
  summary: string;
  examples: ReadonlyArray<readonly [command: string, what: string]>;
  options?: readonly OptionSpec[];
  run(input: CommandInput): Rendering | Promise<Rendering>;
}

/** Repeatable option values as a flat list: `--region uk --region us,ca` → [uk, us, ca]. */
export function listOption(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((v: string) => v.split(',')).filter((v) => v.trim() !== '') : [];
}
