import { isInert, isInertTable, neutralize } from './neutralize.js';

// Tab- and comma-separated output. One record is always one line: a tab or line
// break inside a value would otherwise split a record in two for cut, awk or a
// spreadsheet.

/** TSV cell: tabs and line breaks become single spaces, other control characters visible text. */
function tsvCell(value: string): string {
  // Most cells have nothing to change: one test, rather than a replace and a test each.
  return isInert(value) ? value : neutralize(value.replace(/[\t\r\n]+/g, ' '));
}

/**
 * The cells of all rows with a separator after each, joined once: a text per
 * row first, then the whole, would make a long list twice, and a list of a few
 * hundred rows would cost a run a garbage collection. Each cell is passed
 * through `cell` when one is given.
 */
function joinRows(rows: readonly (readonly string[])[], separator: string, lineEnd: string, cell?: (value: string) => string): string {
  let count = 0;
  for (let r = 0; r < rows.length; r++) count += Math.max((rows[r] as readonly string[]).length, 1);
  // A row of no cells is a line of its own; the place left over for it joins as nothing.
  const parts = new Array<string>(2 * count);
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    if (row.length === 0) parts[at++] = lineEnd;
    for (let i = 0; i < row.length; i++) {
      parts[at++] = cell ? cell(row[i] as string) : (row[i] as string);
      parts[at++] = i === row.length - 1 ? lineEnd : separator;
    }
  }
  return parts.join('');
}

/** Rows of tab-separated cells, no header (the convention of gh and similar tools). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  // Most lists have no cell to change: made of the cells as they are, and found by one test of the whole to be
  // as many lines of as many cells as there are rows and columns, with nothing unsafe, they are not made again.
  const width = rows[0]?.length ?? 0;
  const text = joinRows(rows, '\t', '\n');
  return rows.every((row) => row.length === width) && isInertTable(text, rows.length, width) ? text : joinRows(rows, '\t', '\n', tsvCell);
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. Control characters become visible text. */
function csvField(value: string): string {
  const safe = neutralize(value);
  return /[",]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return joinRows([header, ...rows], ',', '\r\n', csvField);
}
