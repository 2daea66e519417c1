// `lms validate`: a verdict per file. The problems themselves go to stderr,
// one per line, whatever stdout is.
import { listTable } from './formats.js';
import { neutralizeDeep } from './neutralize.js';
import type { TableOf } from './registry.js';

export interface FileReport {
  file: string;
  valid: boolean;
  format: 'lms' | 'hsds' | null;
  records: number;
  problems: string[];
  /** How the file was read (a page of an API, services read as their organizations). */
  notes: string[];
}

export interface ValidationView {
  kind: 'validation';
  reports: readonly FileReport[];
}

export const validationFormats = (): TableOf<'validation'> => ({
  ...listTable((view) => view.reports, ['file', 'valid', 'records', 'problems'], (r) => [r.file, String(r.valid), String(r.records), String(r.problems.length)]),
  // Problems quote the files' contents: nothing in them may act on a terminal.
  text: (view, style) =>
    neutralizeDeep(view.reports)
      .map((r) =>
        r.valid
          ? `${style.color.green('valid')}    ${r.file}: ${r.records} record${r.records === 1 ? '' : 's'} (${r.format === 'hsds' ? 'Open Referral HSDS' : 'lms format'})`
          : `${style.color.red('invalid')}  ${r.file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}, listed on stderr`,
      )
      .join('\n'),
  md: (view) => neutralizeDeep(view.reports).map((r) => `- ${r.valid ? 'valid' : '**invalid**'}: \`${r.file}\`${r.problems.map((p) => `\n  - ${p}`).join('')}\n`).join(''),
});
