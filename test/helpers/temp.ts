import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** A new folder for one test's data files, inside the run's scratch folder (removed when the run ends). */
export function tempDir(prefix = 'data-'): string {
  return mkdtempSync(join(inject('scratch'), prefix));
}

/** Writes JSON (or raw text or bytes) to a file in the folder and returns its path. */
export function writeData(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  return path;
}

/** Writes a data file (as writeData) last changed an hour ago: old enough for lms to index it. */
export function writeSettled(dir: string, name: string, content: unknown): string {
  const path = writeData(dir, name, content);
  const hourAgo = new Date(Date.now() - 3600_000);
  utimesSync(path, hourAgo, hourAgo);
  return path;
}
