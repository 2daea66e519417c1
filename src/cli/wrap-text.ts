import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';
import { ESCAPES } from '../format/style.js';

/** A web address, possibly inside an OSC 8 hyperlink or color codes. */
const URL_IN_LINE = /(?:https?:\/\/|www\.)\S/;

/** The columns a line takes: printable ASCII between lms's escape codes, the common case, one each; anything else as fast-string-width counts. */
function widthOf(line: string): number {
  const plain = line.replace(ESCAPES, '');
  return /^[ -~]*$/.test(plain) ? plain.length : stringWidth(line);
}

/**
 * Whether wrapping would leave a line as it is: it fits, and there is nothing
 * for wrapping to trim (space at either end, or next to a word of escape codes
 * alone at either end). Most lines of a card are short: they skip the wrapper,
 * which goes through a line a character at a time.
 */
function untouched(line: string, columns: number): boolean {
  if (line === '' || /^\s|\s$/.test(line) || widthOf(line) > columns) return false;
  const first = line.indexOf(' ');
  return first === -1 || (widthOf(line.slice(0, first)) > 0 && widthOf(line.slice(line.lastIndexOf(' ') + 1)) > 0);
}

/**
 * Wraps text that may hold color codes to a number of columns. A word longer
 * than a line is broken, except a web address: one broken across lines can
 * no longer be clicked or copied, so it runs past the edge instead.
 */
export function wrapText(text: string, columns: number): string {
  return text
    .normalize()
    .split(/\r?\n/)
    .map((line) => (untouched(line, columns) ? line : wrapLine(line, columns)))
    .join('\n');
}

function wrapLine(line: string, columns: number): string {
  return wrapAnsi(line, columns, { hard: false, trim: true })
    .split('\n')
    .map((part) => (widthOf(part) > columns && !URL_IN_LINE.test(part) ? wrapAnsi(part, columns, { hard: true, trim: true }) : part))
    .join('\n');
}
