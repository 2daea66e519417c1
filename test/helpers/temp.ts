import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new temporary folder for one test file's data files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lms-test-'));
}

/** Writes JSON (or raw text or bytes) to a file in the folder and returns its path. */
export function writeData(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  return path;
}
