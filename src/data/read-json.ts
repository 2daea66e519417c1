import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { DataError } from '../errors.js';
import { elementSpans } from './json-spans.js';

const EXPECTATIONS: Record<string, string> = {
  ValueExpected: 'expected a value',
  CommaExpected: "expected ','",
  ColonExpected: "expected ':'",
  PropertyNameExpected: 'expected a property name in double quotes',
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the file',
  InvalidSymbol: 'unexpected character',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfComment: 'unexpected comment',
  InvalidCommentToken: 'comments are not allowed in JSON',
};

/** Where and why JSON text is broken, as "at line 4, column 7: expected ','". */
function describeJsonError(text: string): string {
  // JSON.parse does not always say where it failed; jsonc-parser does.
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return '';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const code = printParseErrorCode(first.error);
  return ` at line ${line}, column ${column}: ${EXPECTATIONS[code] ?? code}`;
}

function readProblem(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EISDIR':
      return `${path}: is a directory; give a JSON data file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: cannot be read (permission denied)`;
    default:
      return `${path}: cannot be read (${error.code ?? error.message})`;
  }
}

/** Larger files are refused: a directory of 100,000 records is about 50 MiB, and parsing takes about five times a file's size in memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Parses JSON text; a DataError says where it breaks, by line and column. */
export function parseJson(text: string, label: string): unknown {
  if (text.trim() === '') throw new DataError([`${label}: is empty; expected JSON: an array of resources, or Open Referral HSDS organizations`]);
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new DataError([`${label}: nests arrays or objects too deeply to read`]);
    if (isNdjson(text)) throw new DataError([`${label}: is newline-delimited JSON (an object per line); lms reads one JSON array: join the lines into one, e.g. jq -s . ${label} > ${label.replace(/\.\w+$/, '')}.json`]);
    throw new DataError([`${label}: is not valid JSON${describeJsonError(text)}`]);
  }
}

/** Whether text that is not JSON is JSON objects, one per line (NDJSON, JSON Lines): the first lines are checked. */
function isNdjson(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '').slice(0, 5);
  if (lines.length < 2) return false;
  return lines.every((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    } catch {
      return false;
    }
  });
}

/**
 * Whether JSON text may hold control characters or bidirectional overrides in
 * its strings: as escapes (JSON must escape C0) or as raw characters. One scan
 * of the text spares a large, clean file a walk through every string.
 */
export function mayHoldControls(text: string): boolean {
  return /\\(?:[bfnrt]|u00[01]|u007f|u00[89]|u061c|u200[ef]|u202[89a-e]|u206[6-9])|[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/iu.test(text);
}

export interface JsonFile {
  value: unknown;
  /** See mayHoldControls. */
  controls: boolean;
  /** With `spans` asked for: where each element of the top-level array lies in the file's bytes (see json-spans.ts). */
  spans?: Uint32Array;
}

/** Reads a UTF-8 JSON file; every way that can fail becomes one DataError line naming the file. */
export function readJsonFile(path: string, options: { spans?: boolean } = {}): JsonFile {
  let raw: string;
  try {
    const stats = statSync(path);
    // A device or a pipe could stream for ever; a data file is a file.
    if (!stats.isFile() && !stats.isDirectory()) throw new DataError([`${path}: is not a regular file; give a JSON data file`]);
    if (stats.size > MAX_FILE_BYTES) throw new DataError([`${path}: is too large (${Math.round(stats.size / 1048576)} MiB; the limit is ${MAX_FILE_BYTES / 1048576} MiB)`]);
    // Read straight into a string: a Buffer of the whole file would stay in memory beside it.
    raw = readFileSync(path, 'utf8');
    // Bytes that are not UTF-8 decode to U+FFFD; only then is the file read again as bytes to tell a
    // real replacement character from a broken file.
    if (raw.includes('\uFFFD') && !isUtf8(readFileSync(path))) throw new DataError([`${path}: is not UTF-8 text; save it as UTF-8 JSON`]);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError([readProblem(path, error as NodeJS.ErrnoException)]);
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const value = parseJson(text, path);
  return { value, controls: mayHoldControls(text), spans: options.spans ? elementSpans(raw) : undefined };
}
