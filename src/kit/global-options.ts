import { longFlag } from './command.js';
import type { OptionSpec } from './command.js';
import { FORMATS } from '../format/formats.js';
import { COLOR_WHEN } from './terminal.js';

/**
 * The options every command takes, as data: the commander program, the
 * completion scripts and the hint after a mistyped option are made from this
 * one list (with commander's own --help and --version).
 */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: '--json', description: 'print full records as JSON (same as --format json)' },
  { flags: '--format <format>', description: `output format: ${FORMATS.join(', ')} (each command's help says which it prints)` },
  { flags: '--color <when>', description: `when to use color: ${COLOR_WHEN.join(', ')}`, default: 'auto' },
  { flags: '--no-color', description: 'never use color (same as --color never)' },
  { flags: '--no-pager', description: 'never page long output (otherwise PAGER, or less, on a terminal)' },
  { flags: '--data <file>', description: 'also load resources from this file: lms format or Open Referral HSDS JSON (repeatable; see also LMS_DATA)', repeatable: true },
  { flags: '--skip-invalid', description: 'load the valid records of a --data file, reporting the others (rather than refusing a file with any)' },
];


/** Global options that take a value as the next word. */
export const GLOBAL_VALUE_OPTIONS = new Set(GLOBAL_OPTIONS.filter((o) => o.flags.includes('<')).map((o) => longFlag(o.flags)));
