import { UsageError } from '../errors.js';
import { toCsv, toTsv } from '../format/delimited.js';
import { toJson, toNdjson } from '../format/json.js';
import type { Style } from '../format/style.js';
import { unknownValueMessage } from '../query/suggest.js';
import type { CommandMeta } from './command.js';

export const FORMATS = ['json', 'ndjson', 'tsv', 'csv', 'text', 'md', 'html', 'hsds'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A command's result, ready to print in every format it supports. Commands build
 * one from query results; `render` picks the format. Formatters stay pure.
 */
export interface Rendering {
  /** What `--json` prints: for lists, exactly the shape of the data files. */
  json: unknown;
  /** What `--format ndjson` prints, one value per line. */
  lines: readonly unknown[];
  /** Fixed columns for tsv and csv; absent for prose (a section, about). */
  table?: { header: readonly string[]; rows: readonly (readonly string[])[] };
  text(style: Style): string;
  /** What a terminal shows instead, when no format was asked for (the handout says how to save its page). */
  terminalText?: (style: Style) => string;
  markdown(): string;
  /** Said on stderr when the list is empty and stdout is a terminal. */
  emptyNote?: string;
  /** Said on stderr in every mode (e.g. which section a near-miss name meant). */
  notes?: readonly string[];
  isEmpty?: boolean;
  /** Open Referral HSDS 3.0 organizations, for commands that can export them. */
  hsds?: () => unknown;
  /** A self-contained HTML page, for commands that make one (the handout, a map of centres): drawing a map loads what it needs first. */
  html?: () => string | Promise<string>;
  /** A command whose result is a verdict (validate, check-links) sets its exit code here. */
  exitCode?: number;
  /** Nothing for stdout (an interrupted run says what it has in its notes). */
  silent?: boolean;
}

export function parseFormat(value: string): Format {
  const format = FORMATS.find((f) => f === value.trim().toLowerCase());
  if (!format) throw new UsageError(unknownValueMessage('format', value, FORMATS));
  return format;
}

/** A command prints only the formats it declares (prose has no columns): refuse the others, naming what works. */
export function checkFormat(format: Format, spec: Pick<CommandMeta, 'name' | 'formats'>): void {
  if (!spec.formats.includes(format)) {
    throw new UsageError(`'lms ${spec.name}' cannot print --format ${format}. Formats for it: ${spec.formats.join(', ')}`);
  }
}

/** Whether a rendering holds what a format needs: a command that declares a format must provide it. */
export function provides(rendering: Rendering, format: Format): boolean {
  if (format === 'tsv' || format === 'csv') return rendering.table !== undefined;
  if (format === 'hsds') return rendering.hsds !== undefined;
  if (format === 'html') return rendering.html !== undefined;
  return true;
}

export async function render(rendering: Rendering, format: Format, style: Style): Promise<string> {
  switch (format) {
    case 'json':
      return toJson(rendering.json);
    case 'hsds':
      return toJson(rendering.hsds?.());
    case 'html':
      return (await rendering.html?.()) ?? '';
    case 'ndjson':
      return toNdjson(rendering.lines);
    case 'tsv':
      return toTsv(rendering.table?.rows ?? []);
    case 'csv':
      return rendering.table ? toCsv(rendering.table.header, rendering.table.rows) : '';
    case 'md':
      return rendering.markdown();
    case 'text': {
      const text = rendering.text(style);
      return text === '' || text.endsWith('\n') ? text : `${text}\n`;
    }
  }
}
