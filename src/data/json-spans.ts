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

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Byte spans of the top-level array's elements: element i is
 * bytes[spans[2i] .. spans[2i + 1]). A top-level object is one element. Returns
 * undefined for anything else (a file of another shape is not split).
 */
export function elementSpans(bytes: Uint8Array): Uint32Array | undefined {
  let at = 0;
  // A byte order mark: EF BB BF.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
  while (at < bytes.length && isSpace(bytes[at] as number)) at++;
  let end = bytes.length;
  while (end > at && isSpace(bytes[end - 1] as number)) end--;
  if (bytes[at] === OPEN_BRACE) return Uint32Array.of(at, end);
  if (bytes[at] !== OPEN_BRACKET || bytes[end - 1] !== CLOSE_BRACKET) return undefined;

  const spans: number[] = [];
  let depth = 0;
  let start = -1;
  const last = end - 1;
  // Most bytes are inside strings: find their ends with indexOf, and walk only the bytes between them.
  for (let i = at + 1; i < last; i++) {
    const byte = bytes[i] as number;
    if (start === -1 && !isSpace(byte)) start = i;
    if (byte === QUOTE) i = closingQuote(bytes, i);
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
    else if (depth === 0 && byte === COMMA) {
      spans.push(start, trimEnd(bytes, start, i));
      start = -1;
    }
  }
  if (start !== -1) spans.push(start, trimEnd(bytes, start, last));
  return Uint32Array.from(spans);
}

/** The index of the quote that closes the string opened at `open`: the first one not escaped by a backslash. */
function closingQuote(bytes: Uint8Array, open: number): number {
  let quote = bytes.indexOf(QUOTE, open + 1);
  for (;;) {
    if (quote === -1) return bytes.length;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = bytes.indexOf(QUOTE, quote + 1);
  }
}

function trimEnd(bytes: Uint8Array, start: number, end: number): number {
  while (end > start && isSpace(bytes[end - 1] as number)) end--;
  return end;
}
