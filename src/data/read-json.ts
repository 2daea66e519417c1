import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { DataError } from '../errors.js';

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

/** Parses JSON text; a DataError says where it breaks, by line and column. */
export function parseJson(text: string, label: string): unknown {
  if (text.trim() === '') throw new DataError([`${label}: is empty; expected JSON: an array of resources, or Open Referral HSDS organizations`]);
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError([`${label}: is not valid JSON${describeJsonError(text)}`]);
  }
}

/** Reads a UTF-8 JSON file; every way that can fail becomes one DataError line naming the file. */
export function readJsonFile(path: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DataError([readProblem(path, error as NodeJS.ErrnoException)]);
  }
  if (!isUtf8(bytes)) throw new DataError([`${path}: is not UTF-8 text; save it as UTF-8 JSON`]);
  const text = bytes.toString('utf8');
  return parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path);
}
