// What a formatter is, and the pieces most views share: JSON of a value, one
// line per item, and rows for TSV and CSV.
import { toCsv, toTsv } from './delimited.js';
import { toJson, toNdjson } from './json.js';
import type { Style } from './style.js';

export const FORMATS = ['json', 'ndjson', 'tsv', 'csv', 'text', 'md', 'html', 'hsds'] as const;
export type Format = (typeof FORMATS)[number];

/** A view as text in one format: pure, given the style the edge decided. Drawing a map makes the HTML wait for it. */
export type Formatter<V> = (view: V, style: Style) => string | Promise<string>;

/**
 * The formats a view prints in, and `terminal`: what a terminal shows instead
 * when no format was asked for (the handout says how to save its page).
 */
export type FormatTable<V> = Partial<Record<Format | 'terminal', Formatter<V>>>;

/** A formatter for each of these formats. */
export type Formatters<F extends Format | 'terminal', V> = { [K in F]: Formatter<V> };

/** --json and --format ndjson: the value, and its items one per line (a single value is one line). */
export function dataFormats<V>(value: (view: V) => unknown, lines: (view: V) => readonly unknown[] = (view) => [value(view)]): Formatters<'json' | 'ndjson', V> {
  return { json: (view) => toJson(value(view)), ndjson: (view) => toNdjson(lines(view)) };
}

/** --json and --format ndjson of a list: the array, and one item per line. */
export function listFormats<V>(items: (view: V) => readonly unknown[]): Formatters<'json' | 'ndjson', V> {
  return dataFormats(items, items);
}

/** TSV (no header) and CSV (with one) of fixed columns. */
export function tableFormats<V>(header: readonly string[], rows: (view: V) => ReadonlyArray<readonly string[]>): Formatters<'tsv' | 'csv', V> {
  return { tsv: (view) => toTsv(rows(view)), csv: (view) => toCsv(header, rows(view)) };
}

/** A list as data: JSON of its items, one item a line, and a row of each for TSV and CSV. */
export function listTable<V, T>(items: (view: V) => readonly T[], header: readonly string[], row: (item: T) => readonly string[]): Formatters<'json' | 'ndjson' | 'tsv' | 'csv', V> {
  return { ...listFormats(items), ...tableFormats(header, (view) => items(view).map(row)) };
}

/** The formats of a plain list: data and rows as listTable makes them, and its text and Markdown. */
export function listView<V, T>(
  items: (view: V) => readonly T[],
  table: { header: readonly string[]; row: (item: T) => readonly string[] },
  text: (items: readonly T[], style: Style) => string,
  markdown: (items: readonly T[]) => string,
): Formatters<'json' | 'ndjson' | 'tsv' | 'csv' | 'text' | 'md', V> {
  return { ...listTable(items, table.header, table.row), text: (view, style) => text(items(view), style), md: (view) => markdown(items(view)) };
}
