import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, ROOT } from './paths.js';

/** The packed place files (gazetteer, map outlines) a run of lms opens, as reported by a preloaded hook on fs. */
export function packedFilesOpened(args: readonly string[]): string[] {
  const run = spawnSync(process.execPath, ['--require', join(ROOT, 'test', 'fixtures', 'report-opens.cjs'), CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
  return run.stderr.split('\n').filter((line) => line.startsWith('opened '));
}
