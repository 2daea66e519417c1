/** The colors formatters use; each returns its text painted, or as it was when color is off. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** Everything a human-readable formatter needs to know about where its text goes. */
export interface Style {
  /** Colors; identity functions when color is off, so formatters never branch on it. */
  color: Paint;
  /** Columns to wrap to; Infinity to leave lines whole (pipes). */
  width: number;
  /**
   * Wraps text (which may hold color codes) to a number of columns. Chosen with
   * the width: a terminal gets a real wrapper, a pipe one that never breaks lines.
   */
  wrapText: (text: string, columns: number) => string;
  /** A web address as the terminal should show it: an OSC 8 hyperlink where supported, plain text otherwise. */
  link: (url: string) => string;
}

/** Color (CSI … m) and hyperlink (OSC 8) sequences, as lms writes them. */
// eslint-disable-next-line no-control-regex -- escape sequences are what it matches
export const ESCAPES = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** OSC 8: the terminal shows the address and opens it on a click. */
export function osc8(url: string): string {
  return `\u001b]8;;${url}\u001b\\${url}\u001b]8;;\u001b\\`;
}

const same = (text: string) => text;

/** No color at all: what pipes, NO_COLOR and TERM=dumb get. */
export const NO_PAINT: Paint = { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same };
