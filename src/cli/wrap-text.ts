import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';

/** A web address, possibly inside an OSC 8 hyperlink or color codes. */
const URL_IN_LINE = /(?:https?:\/\/|www\.)\S/;

/**
 * Wraps text that may hold color codes to a number of columns. A word longer
 * than a line is broken, except a web address: one broken across lines can
 * no longer be clicked or copied, so it runs past the edge instead.
 */
export function wrapText(text: string, columns: number): string {
  return wrapAnsi(text, columns, { hard: false, trim: true })
    .split('\n')
    .map((line) => (stringWidth(line) > columns && !URL_IN_LINE.test(line) ? wrapAnsi(line, columns, { hard: true, trim: true }) : line))
    .join('\n');
}
