import type { Region, ResourceType } from '../types.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export interface RegionCount extends Region {
  /** Resources (of the default statuses) that list this region. */
  resources: number;
  /** …plus those that cover it through an enclosing region: what `lms resources --region` lists. */
  resourcesIncludingWider: number;
}

export interface TypeCount extends ResourceType {
  resources: number;
}

export const REGION_COLUMNS = ['id', 'name', 'parent', 'resources', 'with_wider'] as const;
export const TYPE_COLUMNS = ['id', 'name', 'resources'] as const;

export function regionRow(r: RegionCount): string[] {
  return [r.id, r.name, r.parent ?? '', String(r.resources), String(r.resourcesIncludingWider)];
}

export function typeRow(t: TypeCount): string[] {
  return [t.id, t.name, String(t.resources)];
}

function depth(region: RegionCount, all: readonly RegionCount[]): number {
  let level = 0;
  for (let p = region.parent; p !== null; p = all.find((r) => r.id === p)?.parent ?? null) level++;
  return level;
}

/** Regions as a tree (parents before children), with counts and aliases. */
export function regionsText(regions: readonly RegionCount[], style: Style): string {
  const { color } = style;
  const ordered: RegionCount[] = [];
  const visit = (parent: string | null) => {
    for (const r of regions.filter((x) => x.parent === parent)) {
      ordered.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return ordered
    .map((r) => {
      const indent = 2 * depth(r, regions);
      const counts = `${r.resources} own, ${r.resourcesIncludingWider} with wider`;
      const head = wrap(`${color.bold(r.name)}  ${color.cyan(r.id)}  ${counts}`, style, indent);
      return [head, wrap(color.dim(`also: ${r.aliases.join(', ')}`), style, indent + 2)].join('\n');
    })
    .join('\n');
}

export function typesText(types: readonly TypeCount[], style: Style): string {
  const { color } = style;
  return types
    .map((t) => [wrap(`${color.bold(t.name)}  ${color.cyan(t.id)}  ${t.resources}`, style), wrap(color.dim(t.description), style, 2)].join('\n'))
    .join('\n');
}

export function regionsMarkdown(regions: readonly RegionCount[]): string {
  const rows = regions.map((r) => `| ${r.id} | ${cell(r.name)} | ${r.parent ?? ''} | ${r.resources} | ${r.resourcesIncludingWider} |`);
  return ['| id | name | within | resources | with wider |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

export function typesMarkdown(types: readonly TypeCount[]): string {
  const rows = types.map((t) => `| ${t.id} | ${cell(t.name)} | ${t.resources} | ${cell(t.description)} |`);
  return ['| id | name | resources | what it means |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
