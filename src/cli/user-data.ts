import { delimiter } from 'node:path';
import { withDataFiles } from '../data/data-files.js';
import { loadDirectory } from '../data/shipped.js';
import type { Directory } from '../types.js';
import type { Env } from './terminal.js';

/** Data files to load: LMS_DATA (a path list) first, then each --data, so the command line wins. */
export function dataPaths(option: unknown, env: Env): string[] {
  const fromEnv = (env.LMS_DATA ?? '').split(delimiter).filter((p) => p.trim() !== '');
  const fromFlags = Array.isArray(option) ? (option as string[]) : [];
  return [...fromEnv, ...fromFlags];
}

/** The shipped directory with the user's files on top, and a note for each record they replace. */
export function directoryWithUserData(paths: readonly string[]): { directory: Directory; notes: string[] } {
  const shipped = loadDirectory();
  if (paths.length === 0) return { directory: shipped, notes: [] };
  const { directory, replaced } = withDataFiles(shipped, paths);
  return { directory, notes: replaced.map((r) => `${r.path}: record '${r.id}' replaces the one loaded before it`) };
}
