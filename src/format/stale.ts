import type { StaleRecord } from '../query/age.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { listFormats, tableFormats } from './formats.js';
import type { TableOf } from './registry.js';

export const STALE_COLUMNS = ['id', 'name', 'checked', 'days', 'method', 'confidence'] as const;

export function staleRow({ resource: r, age }: StaleRecord): string[] {
  return [r.id, r.name, r.verification.checked ?? '', age === null ? '' : String(age), r.verification.method, r.verification.confidence];
}

function when({ resource, age }: StaleRecord): string {
  return age === null ? 'never checked' : `checked ${resource.verification.checked}, ${age} days ago`;
}

export function staleText(records: readonly StaleRecord[], days: number, style: Style): string {
  const { color } = style;
  const lines = records.map((r) => wrap(`${color.bold(r.resource.name)}  ${color.cyan(r.resource.id)}  ${color.yellow(when(r))}`, style));
  return `${lines.join('\n')}\n\n${color.dim(`${records.length} due for re-checking (not checked in the last ${days} days).`)}\n`;
}

export function staleMarkdown(records: readonly StaleRecord[]): string {
  return records.map((r) => `- [ ] **${r.resource.name}** (\`${r.resource.id}\`): ${when(r)}\n`).join('');
}

/** `lms stale`: the records due for re-checking, oldest check first. */
export interface StaleView {
  kind: 'stale';
  records: readonly StaleRecord[];
  days: number;
  empty?: string;
}

export const staleFormats = (): TableOf<'stale'> => ({
  ...listFormats((view) => view.records.map((r) => r.resource)),
  ...tableFormats(STALE_COLUMNS, (view) => view.records.map(staleRow)),
  text: (view, style) => (view.records.length === 0 ? '' : staleText(view.records, view.days, style)),
  md: (view) => staleMarkdown(view.records),
});
