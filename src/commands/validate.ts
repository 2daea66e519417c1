import { defineCommand } from '../kit/define-command.js';
import { DataError, ExitCode } from '../errors.js';
import type { FileReport } from '../format/validation.js';

export const run = defineCommand(async ({ args, shipped }) => {
  const { readDataFile } = await import('../data/data-files.js');
  const { vocabularies } = shipped();
  const reports: FileReport[] = args.map((file) => {
    try {
      const data = readDataFile(file, vocabularies);
      return { file, valid: true, format: data.format, records: data.resources.length, problems: [], notes: data.notes ?? [] };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return { file, valid: false, format: null, records: 0, problems: error.problems, notes: [] };
    }
  });
  return {
    view: { kind: 'validation', reports },
    exitCode: reports.every((r) => r.valid) ? ExitCode.ok : ExitCode.findings,
    // Every problem, one line each, on stderr whatever stdout is (a pipe's table, a CI log, a terminal).
    notes: reports.flatMap((r) => [...r.notes, ...r.problems]),
  };
});
