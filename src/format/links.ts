import type { LinkUse } from '../links/collect.js';
import type { LinkResult } from '../links/check.js';
import { neutralizeDeep } from './neutralize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

export type LinkReport = LinkResult & Pick<LinkUse, 'usedBy'>;

export const LINK_COLUMNS = ['url', 'outcome', 'status', 'final_url', 'error', 'used_by'] as const;

export function linkRow(r: LinkReport): string[] {
  return [r.url, r.outcome, r.status === null ? '' : String(r.status), r.finalUrl, r.error ?? '', r.usedBy.join(', ')];
}

function line(report: LinkReport, style: Style): string {
  const { color } = style;
  // Addresses and errors can come from a user's file: nothing in them may act on the terminal.
  const r = neutralizeDeep(report);
  const mark = r.ok ? color.green('ok    ') : color.red('BROKEN');
  const status = r.status === null ? '   ' : String(r.status);
  const moved = r.ok && r.finalUrl !== r.url ? color.dim(` → ${r.finalUrl}`) : '';
  const why = r.ok ? '' : `\n${wrap(color.dim(`${r.error ?? r.outcome}; used by ${r.usedBy.join(', ')}`), style, 11)}`;
  return `${mark} ${status} ${r.url}${moved}${why}`;
}

export function linksSummary(reports: readonly LinkReport[], total: number): string {
  const broken = reports.filter((r) => !r.ok).length;
  const checked = reports.length === total ? `${total} links checked` : `${reports.length} of ${total} links checked`;
  return `${checked}: ${reports.length - broken} ok, ${broken} broken.`;
}

export function linksText(reports: readonly LinkReport[], total: number, style: Style): string {
  return `${reports.map((r) => line(r, style)).join('\n')}\n\n${linksSummary(reports, total)}\n`;
}

export function linksMarkdown(reports: readonly LinkReport[]): string {
  return neutralizeDeep(reports).map((r) => `- [${r.ok ? 'x' : ' '}] <${r.url}> ${r.ok ? `(${r.status})` : `**${r.error ?? r.outcome}**`}\n`).join('');
}
