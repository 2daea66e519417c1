// Text that came from data must not act on a terminal. Control characters
// (C0 and C1), ANSI, OSC and DCS sequences (which all start with one of them),
// bidirectional overrides and line separators could retitle a window, hide
// lines or fake output. Here they become visible text instead: ESC shows as
// \u{1b}, so a sequence is printed, never performed.

// C0 and DEL, C1, the Arabic letter mark, LRM/RLM, LRE..RLO, LRI..PDI, LS and PS. All are single
// UTF-16 code units, so the patterns need no `u` flag, with which V8 tests a string at a third of the
// speed and allocates on every test (a list of 200 records tests every cell).
const UNSAFE_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029';
const UNSAFE = new RegExp(`[${UNSAFE_CHARACTERS}]`, 'g');
const UNSAFE_TEST = new RegExp(`[${UNSAFE_CHARACTERS}]`);
/** A stretch of text with nothing unsafe in it, tabs and line breaks included. */
const INERT_RUN = `[^${UNSAFE_CHARACTERS}]*`;

/** Whether a text has nothing neutralize would change. */
export function isInert(text: string): boolean {
  return !UNSAFE_TEST.test(text);
}

/**
 * Whether a text is `lines` lines of `cells` tab-separated cells each, every
 * line ended by a line break, and nothing in it that neutralize would change:
 * made of as many rows of as many cells, no cell can then hold a tab, a line
 * break or anything unsafe. One test of a whole table, where testing each cell
 * costs a list of a few hundred rows more than making it.
 */
export function isInertTable(text: string, lines: number, cells: number): boolean {
  return new RegExp(`^(?:${INERT_RUN}(?:\\t${INERT_RUN}){${Math.max(cells - 1, 0)}}\\n){${lines}}$`).test(text);
}

/** Tabs and line breaks become spaces (one record stays one line); anything else unsafe becomes visible. */
export function neutralize(text: string): string {
  if (isInert(text)) return text;
  return text.replace(UNSAFE, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : `\\u{${(c.codePointAt(0) as number).toString(16)}}`));
}

/** The value with every string in it neutralized; parts that need no change are returned as they were. */
export function neutralizeDeep<T>(value: T): T {
  if (typeof value === 'string') return neutralize(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const safe = neutralizeDeep(item);
      if (safe !== item) (copy ??= [...value])[i] = safe;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const safe = neutralizeDeep(item);
      const safeKey = neutralize(key);
      if (safe !== item || safeKey !== key) {
        copy ??= Object.fromEntries(Object.entries(value));
        if (safeKey !== key) delete copy[key];
        // defineProperty, not assignment: a key named __proto__ stays a plain key.
        Object.defineProperty(copy, safeKey, { value: safe, enumerable: true, writable: true, configurable: true });
      }
    }
    return (copy ?? value) as T;
  }
  return value;
}

/** JSON escapes C0 itself; C1, bidirectional controls and separators are escaped too, so JSON on a terminal is inert and still exact. */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}
