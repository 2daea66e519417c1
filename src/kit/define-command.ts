import { loadDirectory } from '../data/shipped.js';
import { neutralizeDeep } from '../format/neutralize.js';
import type { Directory } from '../model.js';
import type { CommandContext, CommandInput, CommandResult, CommandRunner } from './command.js';

/**
 * Wraps a command's code into what the core calls: it gets the directory (the
 * shipped one, with the user's data files on top, loaded on first use) and its
 * notes on loading the user's data files are gathered for stderr.
 */
export function defineCommand(impl: (input: CommandInput) => CommandResult | Promise<CommandResult>): CommandRunner {
  return async (context: CommandContext) => {
    const notes: string[] = [];
    let directory: Promise<Directory> | undefined;
    const load = async (): Promise<Directory> => {
      const { paths, notes: missing } = context.dataFiles;
      notes.push(...missing);
      if (paths.length === 0) return loadDirectory();
      // Only runs that load files load the code for it; the schema validators, only a run that reads a file without an index.
      const { loadDataFiles } = await import('../data/load-files.js');
      const skipInvalid = context.options.skipInvalid === true;
      const { directory: merged, replaced, resembling, skipped, notes: reading, controls } = await loadDataFiles(loadDirectory(), [...paths], { cacheDirectory: context.cacheFolder, skipInvalid });
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
    const result = await impl({ ...context, directory: () => (directory ??= load()), shipped: loadDirectory });
    return { result, notes };
  };
}
