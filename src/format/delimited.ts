import { isInert, neutralize } from './neutralize.js';

// Tab- and comma-separated output. One record is always one line: a tab or line
// break inside a value would otherwise split a record in two for cut, awk or a
// spreadsheet.

/** TSV cell: tabs and line breaks become single spaces, other control characters visible text. */
function tsvCell(value: string): string {
  // Most cells have nothing to change: one test, rather than a replace and a test each.
  return isInert(value) ? value : neutralize(value.replace(/[\t\r\n]+/g, ' '));
}

/** Rows of tab-separated cells, no header (the convention of gh and similar tools). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(tsvCell).join('\t')}\n`).join('');
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. Control characters become visible text. */
function csvField(value: string): string {
  const safe = neutralize(value);
  return /[",]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
