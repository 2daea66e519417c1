import type { Region, ResourceType } from '../model.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { listFormats, listView, tableFormats } from './formats.js';
import type { TableOf } from './registry.js';

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

export function regionRow(r: Pick<RegionCount, 'id' | 'name' | 'parent' | 'resources' | 'resourcesIncludingWider'>): string[] {
  return [r.id, r.name, r.parent ?? '', String(r.resources), String(r.resourcesIncludingWider)];
}

export function typeRow(t: TypeCount): string[] {
  return [t.id, t.name, String(t.resources)];
}

/** How many names a place shows on a terminal; --json has them all. */
const NAMES_SHOWN = 6;

/**
 * Places as a tree (the vocabulary lists parents first), with counts in plain
 * words and a few of their other names. Unless `all`, only the places that
 * resources serve, and the areas around them.
 */
export function regionsText(regions: readonly RegionCount[], style: Style, all = false): string {
  const { color } = style;
  const byId = new Map(regions.map((r) => [r.id, r]));
  const depth = (r: RegionCount) => {
    let level = 0;
    for (let p = r.parent; p !== null; p = byId.get(p)?.parent ?? null) level++;
    return level;
  };
  const shown = new Set<string>();
  for (const r of regions) {
    if (!all && r.resources === 0) continue;
    for (let at: RegionCount | undefined = r; at && !shown.has(at.id); at = at.parent === null ? undefined : byId.get(at.parent)) shown.add(at.id);
  }
  const ordered: RegionCount[] = [];
  const visit = (parent: string | null) => {
    for (const r of regions.filter((x) => x.parent === parent && shown.has(x.id))) {
      ordered.push(r);
      visit(r.id);
    }
  };
  visit(null);
  const lines = ordered.map((r) => {
    const indent = 2 * depth(r);
    const wider = r.resourcesIncludingWider - r.resources;
    const counts = r.parent === null ? `${r.resources} for everyone` : `${r.resources} here${wider > 0 ? `, ${r.resourcesIncludingWider} with wider areas` : ''}`;
    const head = wrap(`${color.bold(r.name)}  ${color.cyan(r.id)}  ${counts}`, style, indent);
    const names = r.aliases.slice(0, NAMES_SHOWN).join(', ') + (r.aliases.length > NAMES_SHOWN ? ', …' : '');
    return names === '' ? head : [head, wrap(color.dim(`also: ${names}`), style, indent + 2)].join('\n');
  });
  const footer = all
    ? `${regions.length} places.`
    : `${shown.size} of ${regions.length} places: those resources serve, and the areas around them. 'lms regions --all' lists every place; any of them works with --region.`;
  return `${lines.join('\n')}\n\n${wrap(color.dim(footer), style)}`;
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

/** `lms regions`: every place, with how many resources serve it alone and with the areas around it. */
export interface RegionsView {
  kind: 'regions';
  regions: readonly Region[];
  counts: ReadonlyMap<string, { own: number; withWider: number }>;
  /** Every place, not only those resources serve (--all). */
  all: boolean;
}

const countOf = (view: RegionsView, id: string) => view.counts.get(id) ?? { own: 0, withWider: 0 };

/** Every place in full, with its other names: only the formats that print them need them, a pipe's columns none. */
function regionCounts(view: RegionsView): RegionCount[] {
  return view.regions.map((region) => ({ ...region, resources: countOf(view, region.id).own, resourcesIncludingWider: countOf(view, region.id).withWider }));
}

export const regionsFormats = (): TableOf<'regions'> => ({
  ...listFormats(regionCounts),
  ...tableFormats(REGION_COLUMNS, (view) =>
    view.regions.map((r) => regionRow({ id: r.id, name: r.name, parent: r.parent, resources: countOf(view, r.id).own, resourcesIncludingWider: countOf(view, r.id).withWider })),
  ),
  text: (view, style) => regionsText(regionCounts(view), style, view.all),
  md: (view) => regionsMarkdown(regionCounts(view)),
});

/** `lms types`: the kinds of resource, with how many of each. */
export interface TypesView {
  kind: 'types';
  types: readonly TypeCount[];
}

export const typesFormats = (): TableOf<'types'> => listView((view: TypesView) => view.types, { header: TYPE_COLUMNS, row: typeRow }, typesText, typesMarkdown);
