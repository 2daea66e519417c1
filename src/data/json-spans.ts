// Where each element of a JSON array lies in the file's bytes, so one record
// can later be read and parsed on its own. Only for text JSON.parse accepted:
// it tracks strings (and their escapes) and nesting, nothing else.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const BYTE_ORDER_MARK = 0xfeff;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Spans of the top-level array's elements in the UTF-8 bytes of `text`:
 * element i is bytes[spans[2i] .. spans[2i + 1]). A top-level object is one
 * element. Returns undefined for anything else (a file of another shape is not split).
 */
export function elementSpans(text: string): Uint32Array | undefined {
  let at = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  let end = text.length;
  while (end > at && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(at) === OPEN_BRACE) return toBytes(text, [at, end]);
  if (text.charCodeAt(at) !== OPEN_BRACKET || text.charCodeAt(end - 1) !== CLOSE_BRACKET) return undefined;

  const spans: number[] = [];
  let depth = 0;
  let start = -1;
  const last = end - 1;
  // Most characters are inside strings: find their ends with indexOf, and walk only what lies between them.
  for (let i = at + 1; i < last; i++) {
    const code = text.charCodeAt(i);
    if (start === -1 && !isSpace(code)) start = i;
    if (code === QUOTE) i = closingQuote(text, i);
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
    else if (depth === 0 && code === COMMA) {
      spans.push(start, trimEnd(text, start, i));
      start = -1;
    }
  }
  if (start !== -1) spans.push(start, trimEnd(text, start, last));
  return toBytes(text, spans);
}

/** The index of the quote that closes the string opened at `open`: the first one not escaped by a backslash. */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  for (;;) {
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Character offsets as UTF-8 byte offsets (they fall on ASCII punctuation, never inside a character). */
function toBytes(text: string, offsets: readonly number[]): Uint32Array {
  const bytes = Uint32Array.from(offsets);
  if (Buffer.byteLength(text) === text.length) return bytes;
  let counted = 0;
  let from = 0;
  offsets.forEach((offset, i) => {
    counted += Buffer.byteLength(text.slice(from, offset));
    from = offset;
    bytes[i] = counted;
  });
  return bytes;
}
