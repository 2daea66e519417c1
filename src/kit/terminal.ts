// The one place that decides how output looks: color depth and wrap width, from
// the flags, the environment and whether stdout is a terminal.
import { UsageError } from '../errors.js';
import { unknownValueMessage } from '../query/suggest.js';

export const COLOR_WHEN = ['auto', 'always', 'never'] as const;
export type ColorWhen = (typeof COLOR_WHEN)[number];

export type Env = Readonly<Record<string, string | undefined>>;

/** chalk's levels: 0 none, 1 basic 16 colors, 2 256 colors, 3 truecolor. */
export type ColorSupportLevel = 0 | 1 | 2 | 3;

/** Prose is hard to read past this many columns, however wide the terminal. */
export const MAX_WIDTH = 100;
export const MIN_WIDTH = 20;

export function parseColorWhen(value: string | boolean | undefined): ColorWhen {
  if (value === undefined || value === true) return 'auto';
  if (value === false) return 'never';
  const when = COLOR_WHEN.find((w) => w === value.trim().toLowerCase());
  if (!when) throw new UsageError(unknownValueMessage('--color value', value, COLOR_WHEN, '--color values'));
  return when;
}

/** chalk's FORCE_COLOR reading: "0"/"false" off, ""/"true"/"1" basic, "2" 256 colors, "3" truecolor. */
function forcedLevel(value: string): ColorSupportLevel {
  if (value === '0' || value === 'false') return 0;
  if (value === '2' || value === '3') return Number(value) as ColorSupportLevel;
  return 1;
}

function terminalDepth(env: Env): ColorSupportLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/**
 * The color level for stdout. Explicit flags win; then NO_COLOR (set and not
 * empty) turns color off, FORCE_COLOR forces it, and otherwise color is on only
 * for a terminal that is not TERM=dumb. chalk does not read NO_COLOR itself,
 * which is why the decision is made here and handed to chalk as a level.
 */
export function colorLevel(when: ColorWhen, isTTY: boolean, env: Env): ColorSupportLevel {
  if (when === 'never') return 0;
  if (when === 'always') return env.FORCE_COLOR ? Math.max(1, forcedLevel(env.FORCE_COLOR)) as ColorSupportLevel : terminalDepth(env);
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (!isTTY || env.TERM === 'dumb') return 0;
  return terminalDepth(env);
}

/** Wrap width: the terminal's (at most MAX_WIDTH), and none at all in a pipe. */
export function wrapWidth(isTTY: boolean, columns: number | undefined): number {
  if (!isTTY) return Infinity;
  // A pseudo-terminal that was never given a size reports 0 columns. Narrower than MIN_WIDTH, a few
  // words a line running past the edge read better than a letter a line.
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns !== undefined && columns > 0 ? columns : 80));
}

/**
 * Whether web addresses become OSC 8 hyperlinks: never in a pipe; on a terminal
 * when FORCE_HYPERLINK says so (0 or false turns them off) or when the terminal
 * is one known to support them.
 */
export function hyperlinks(isTTY: boolean, env: Env): boolean {
  if (!isTTY) return false;
  const forced = env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== '') return forced !== '0' && forced !== 'false';
  if (env.TERM === 'dumb') return false;
  if (env.WT_SESSION || env.KONSOLE_VERSION || env.KITTY_WINDOW_ID || env.DOMTERM) return true;
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'Tabby'].includes(env.TERM_PROGRAM ?? '')) return true;
  return env.TERM === 'xterm-kitty' || env.TERM === 'alacritty' || env.TERM === 'foot' || env.TERM === 'xterm-ghostty';
}

/** Output this long or longer goes through the pager: more lines than the terminal shows. */
export function wantsPager(isTTY: boolean, rows: number | undefined, lines: number, disabled: boolean): boolean {
  return isTTY && !disabled && rows !== undefined && rows > 0 && lines > rows;
}
