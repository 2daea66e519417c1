import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import type { Env } from './terminal.js';

/**
 * Data files to load: LMS_DATA (a path list) first, then each --data, so the
 * command line wins. A file LMS_DATA names that is gone is skipped with a
 * note: a setting made once must not stop every command. One named with
 * --data was asked for now, and stays an error.
 */
export function dataPaths(option: unknown, env: Env): { paths: string[]; notes: string[] } {
  const fromEnv = (env.LMS_DATA ?? '').split(delimiter).filter((p) => p.trim() !== '');
  const fromFlags = Array.isArray(option) ? (option as string[]) : [];
  const missing = fromEnv.filter((p) => !existsSync(p));
  const notes = missing.map((p) => `warning: LMS_DATA names ${p}, which does not exist; going on without it`);
  return { paths: [...fromEnv.filter((p) => !missing.includes(p)), ...fromFlags], notes };
}
