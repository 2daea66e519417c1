import wrapAnsi from 'wrap-ansi';

/** Wraps text that may hold color codes to a number of columns, breaking words longer than a line. */
export function wrapText(text: string, columns: number): string {
  return wrapAnsi(text, columns, { hard: true, trim: true });
}
