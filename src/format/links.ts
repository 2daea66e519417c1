import type { LinkUse } from '../links/collect.js';
import type { LinkResult } from '../links/check.js';
import { neutralizeDeep } from './neutralize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { listTable } from './formats.js';
import type { TableOf } from './registry.js';

export type LinkReport = LinkResult & Pick<LinkUse, 'usedBy'>;

export const LINK_COLUMNS = ['url', 'outcome', 'status', 'final_url', 'error', 'used_by'] as const;

export function linkRow(r: LinkReport): string[] {
  return [r.url, r.outcome, r.status === null ? '' : String(r.status), r.finalUrl, r.error ?? '', r.usedBy.join(', ')];
}

/** Broken: the server said so (4xx, 5xx, a redirect loop). Failed: no answer to judge by (timeouts, refused connections). */
const BROKEN = new Set(['broken', 'redirect-loop', 'too-many-redirects']);

function line(report: LinkReport, style: Style): string {
  const { color } = style;
  // Addresses and errors can come from a user's file: nothing in them may act on the terminal.
  const r = neutralizeDeep(report);
  const mark = r.ok ? color.green('ok    ') : BROKEN.has(r.outcome) ? color.red('BROKEN') : r.outcome === 'not-checked' ? color.dim('-     ') : color.yellow('FAILED');
  const status = r.status === null ? '   ' : String(r.status);
  const moved = r.ok && r.finalUrl !== r.url ? color.dim(` → ${r.finalUrl}`) : '';
  const why = r.ok ? '' : `\n${wrap(color.dim(`${r.error ?? r.outcome}; used by ${r.usedBy.join(', ')}`), style, 11)}`;
  return `${mark} ${status} ${r.url}${moved}${why}`;
}

/** "142 links checked: 130 ok, 2 broken, 10 could not be checked (no answer)." */
export function linksSummary(reports: readonly LinkReport[], total: number): string {
  const count = (test: (r: LinkReport) => boolean) => reports.filter(test).length;
  const ok = count((r) => r.ok);
  const broken = count((r) => BROKEN.has(r.outcome));
  const unchecked = count((r) => r.outcome === 'not-checked');
  const failed = reports.length - ok - broken - unchecked;
  const checked = reports.length === total ? `${total - unchecked} links checked` : `${reports.length - unchecked} of ${total} links checked`;
  const parts = [`${ok} ok`, `${broken} broken`, ...(failed > 0 ? [`${failed} could not be checked (no answer)`] : []), ...(unchecked > 0 ? [`${unchecked} not checked (no network)`] : [])];
  return `${checked}: ${parts.join(', ')}.`;
}

export function linksText(reports: readonly LinkReport[], total: number, style: Style): string {
  return `${reports.map((r) => line(r, style)).join('\n')}\n\n${linksSummary(reports, total)}\n`;
}

export function linksMarkdown(reports: readonly LinkReport[]): string {
  return neutralizeDeep(reports).map((r) => `- [${r.ok ? 'x' : ' '}] <${r.url}> ${r.ok ? `(${r.status})` : `**${r.error ?? r.outcome}**`}\n`).join('');
}

/** `lms check-links`: one report per address checked. */
export interface LinksView {
  kind: 'links';
  reports: readonly LinkReport[];
  /** How many addresses there were to check. */
  total: number;
}

export const linksFormats = (): TableOf<'links'> => ({
  ...listTable((view) => view.reports, LINK_COLUMNS, linkRow),
  text: (view, style) => linksText(view.reports, view.total, style),
  md: (view) => linksMarkdown(view.reports),
});
