import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { loadDirectory } from '../data/shipped.js';
import { neutralizeDeep } from '../format/neutralize.js';
import { DEFAULT_STALE_DAYS, checkDates, daysBetween } from '../query/age.js';
import type { Directory } from '../model.js';
import type { CommandContext, CommandInput, CommandRunner } from './command.js';
import type { Rendering } from './rendering.js';
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

/** A word for a terminal when even the newest check of the shipped data is old. */
function ageNote(today: string): string | undefined {
  const { newest } = checkDates(loadDirectory().resources);
  if (newest === undefined) return undefined;
  const age = daysBetween(newest, today);
  if (age <= DEFAULT_STALE_DAYS) return undefined;
  return `note: the shipped data was last checked on ${newest}, ${age} days ago; details may have changed. 'lms stale' lists what to re-check.`;
}

/**
 * Wraps a command's code into what the core calls: it gets the directory (the
 * shipped one, with the user's data files on top, loaded on first use) and its
 * notes are gathered for stderr.
 */
export function defineCommand(impl: (input: CommandInput) => Rendering | Promise<Rendering>): CommandRunner {
  return async (context: CommandContext) => {
    const notes: string[] = [];
    let directory: Promise<Directory> | undefined;
    const load = async (): Promise<Directory> => {
      const { paths, notes: missing } = dataPaths(context.options.data, context.env);
      notes.push(...missing);
      if (paths.length === 0) return loadDirectory();
      // Validating user files needs the schema validators, and finding their indexes the os module; only runs that load files pay for them.
      const [{ withDataFiles }, { cacheDirectory }] = await Promise.all([import('../data/data-files.js'), import('./cache-directory.js')]);
      const skipInvalid = context.options.skipInvalid === true;
      const { directory: merged, replaced, resembling, skipped, notes: reading, controls } = withDataFiles(loadDirectory(), paths, { cacheDirectory: cacheDirectory(context.env), skipInvalid });
      notes.push(...reading);
      for (const { path, records, loaded } of skipped) {
        const more = (n: number) => (n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '');
        notes.push(...records.map((r) => `skipped ${r.problems[0]}${more(r.problems.length)}`));
        notes.push(`${path}: ${records.length} of ${records.length + loaded} records skipped (--skip-invalid)`);
      }
      notes.push(...replaced.map((r) => `${r.path}: record '${r.id}' replaces the one loaded before it`));
      notes.push(...resembling.map((r) => `${r.path}: '${r.id}' has the name of '${r.like}', which stays as it is; both are listed (to replace '${r.like}', give the record x_lms_id "${r.like}")`));
      // The shipped data is checked clean by its tests; what users load may hold anything.
      return context.forReading && controls ? { ...merged, resources: merged.resources.map((r) => neutralizeDeep(r)) } : merged;
    };
    const rendering = await impl({ ...context, directory: () => (directory ??= load()), shipped: loadDirectory });
    if (context.stdoutIsTTY) {
      const note = ageNote(context.today);
      if (note) notes.push(note);
    }
    return { rendering, notes };
  };
}
