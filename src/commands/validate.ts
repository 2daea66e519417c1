import { defineCommand } from '../kit/define-command.js';
import { DataError, ExitCode } from '../errors.js';
import { neutralizeDeep } from '../format/neutralize.js';

export interface FileReport {
  file: string;
  valid: boolean;
  format: 'lms' | 'hsds' | null;
  records: number;
  problems: string[];
  /** How the file was read (a page of an API, services read as their organizations). */
  notes: string[];
}

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
  const allValid = reports.every((r) => r.valid);
  return {
    json: reports,
    lines: reports,
    table: { header: ['file', 'valid', 'records', 'problems'], rows: reports.map((r) => [r.file, String(r.valid), String(r.records), String(r.problems.length)]) },
    // Problems quote the files' contents: nothing in them may act on a terminal. They go to stderr (notes).
    text: (style) =>
      neutralizeDeep(reports)
        .map((r) =>
          r.valid
            ? `${style.color.green('valid')}    ${r.file}: ${r.records} record${r.records === 1 ? '' : 's'} (${r.format === 'hsds' ? 'Open Referral HSDS' : 'lms format'})`
            : `${style.color.red('invalid')}  ${r.file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}, listed on stderr`,
        )
        .join('\n'),
    markdown: () => neutralizeDeep(reports).map((r) => `- ${r.valid ? 'valid' : '**invalid**'}: \`${r.file}\`${r.problems.map((p) => `\n  - ${p}`).join('')}\n`).join(''),
    exitCode: allValid ? ExitCode.ok : ExitCode.findings,
    // Every problem, one line each, on stderr whatever stdout is (a pipe's table, a CI log, a terminal).
    notes: reports.flatMap((r) => [...r.notes, ...r.problems]),
  };
});
