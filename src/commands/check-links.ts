import { defineCommand } from '../kit/define-command.js';
import { DataError, ExitCode } from '../errors.js';
import type { LinkReport } from '../format/links.js';
import { linksSummary } from '../format/links.js';
import { checkLinks } from '../links/check.js';
import { collectLinks } from '../links/collect.js';
import type { Resource } from '../model.js';

/** Exit code after Ctrl-C, as shells report it (128 + SIGINT). */
const INTERRUPTED = 130;

function bar(done: number, total: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} links`;
}

export const run = defineCommand(async ({ args, options, directory, shipped, interruption, progress }) => {
  const signal = interruption();
  const timeoutMs = (options.timeout as number) * 1000;
  const concurrency = options.concurrency as number;
  const maxRedirects = options.maxRedirects as number;
  let resources: readonly Resource[];
  if (args.length > 0) {
    const { readDataFile } = await import('../data/data-files.js');
    const problems: string[] = [];
    resources = args.flatMap((file) => {
      try {
        return readDataFile(file, shipped().vocabularies).resources;
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        problems.push(...error.problems);
        return [];
      }
    });
    if (problems.length > 0) throw new DataError(problems);
  } else {
    resources = (await directory()).resources;
  }
  const uses = collectLinks(resources);
  const results = await checkLinks(
    uses.map((u) => u.url),
    { timeoutMs, concurrency, maxRedirects, signal, onResult: (_, done, total) => progress(bar(done, total)) },
  );
  progress('');
  const usedBy = new Map(uses.map((u) => [u.url, u.usedBy]));
  const reports: LinkReport[] = results.map((r) => ({ ...r, usedBy: usedBy.get(r.url) ?? [] }));
  const interrupted = signal.aborted;
  const unchecked = reports.filter((r) => r.outcome === 'not-checked').length;
  const exitCode = interrupted ? INTERRUPTED : unchecked > 0 ? ExitCode.unavailable : reports.some((r) => !r.ok) ? ExitCode.findings : ExitCode.ok;
  const view = { kind: 'links', reports, total: uses.length } as const;
  if (interrupted) {
    // What was checked goes to stderr, so stdout never holds a partial report.
    const notes = [`interrupted. ${linksSummary(reports, uses.length)}`, ...reports.filter((r) => !r.ok).map((r) => `broken: ${r.url} (${r.error ?? r.outcome})`)];
    return { view, notes, exitCode, silent: true };
  }
  return {
    view,
    exitCode,
    notes: unchecked > 0 ? [`no network: host names do not resolve, or the network is unreachable; ${unchecked} of ${reports.length} links were not checked. Connect, then run it again`] : [],
  };
});
