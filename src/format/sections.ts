import type { Block, Resource, Section } from '../model.js';
import { statusBanner } from './markers.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { dataFormats, listView } from './formats.js';
import type { TableOf } from './registry.js';

export const SECTION_COLUMNS = ['id', 'title', 'aliases'] as const;

export function sectionRow(s: Section): string[] {
  return [s.id, s.title, s.aliases.join(',')];
}

/** The section list: reading order, id, then the other names it answers to. */
export function sectionListText(sections: readonly Section[], style: Style): string {
  const { color } = style;
  return sections
    .map((s, i) => {
      const head = `${String(i + 1).padStart(2)}. ${color.bold(s.title)}  ${color.cyan(s.id)}`;
      return [wrap(head, style), wrap(color.dim(`also: ${s.aliases.join(', ')}`), style, 4)].join('\n');
    })
    .join('\n');
}

/** The records a section links to, by id, for what has become of them since the flyer (see linkedBanners). */
export type LinkedRecords = ReadonlyMap<string, Resource>;

/**
 * What the flyer's listing of an organization needs beside it now: a closed or
 * merged one is marked as the cards mark it, so nobody writes to a 2008 address.
 */
function linkedBanners(block: Block, linked: LinkedRecords): string[] {
  return (block.resources ?? []).flatMap((id) => {
    const r = linked.get(id);
    return r && (r.status === 'closed' || r.status === 'merged') ? [`${r.name}: ${statusBanner(r)}`] : [];
  });
}

function blockText(block: Block, linked: LinkedRecords, style: Style): string {
  const { color } = style;
  const lines =
    block.type === 'item'
      ? [`  • ${wrap(block.text, style, 4).slice(4)}`]
      : [wrap(block.text, style, 2)];
  if (block.gap) lines.push(wrap(color.yellow(`[…] ${block.gap}`), style, 4));
  for (const banner of linkedBanners(block, linked)) lines.push(wrap(color.red(banner), style, 4));
  if (block.resources && block.resources.length > 0) {
    lines.push(wrap(color.dim(`Current details: ${block.resources.map((id) => `lms resource ${id}`).join(', ')}`), style, 4));
  }
  return lines.join('\n');
}

/**
 * A section as readable text. Medical advice carries the disclaimer first and
 * last: a reader who leaves the pager on its first screen still sees it.
 */
export function sectionText(section: Section, disclaimer: string, style: Style, linked: LinkedRecords = new Map()): string {
  const { color } = style;
  const origin = section.flyerHeading && section.flyerHeading !== section.title ? `from the flyer: "${section.flyerHeading}"` : 'from the flyer';
  const parts = [wrap(color.bold(section.title), style), wrap(color.dim(`lms section ${section.id} · ${origin}`), style)];
  if (section.medical) parts.push(wrap(color.yellow(`Not medical advice: ${disclaimer}`), style));
  parts.push('', section.blocks.map((b) => blockText(b, linked, style)).join('\n\n'));
  if (section.next) parts.push('', wrap(`${section.next.text} ${color.cyan(section.next.command)}`, style, 2));
  if (section.medical) parts.push('', wrap(color.yellow(`Not medical advice: ${disclaimer}`), style));
  return `${parts.join('\n')}\n`;
}

export function sectionMarkdown(section: Section, disclaimer: string, linked: LinkedRecords = new Map()): string {
  const blocks = section.blocks.map((b) => {
    const text = b.type === 'item' ? `- ${b.text}` : b.text;
    const notes = [...(b.gap ? [`_[…] ${b.gap}_`] : []), ...linkedBanners(b, linked).map((banner) => `**${banner}**`)];
    return notes.length > 0 ? `${text}\n\n${notes.map((n) => `  ${n}`).join('\n\n')}` : text;
  });
  const next = section.next ? ['', `${section.next.text} \`${section.next.command}\``] : [];
  const tail = section.medical ? ['', `> **Not medical advice:** ${disclaimer}`] : [];
  return [`# ${section.title}`, '', blocks.join('\n\n'), ...next, ...tail, ''].join('\n');
}

/** `lms sections`: the flyer's sections in reading order. */
export interface SectionsView {
  kind: 'sections';
  sections: readonly Section[];
}

/** The sections as a numbered Markdown list. */
function sectionListMarkdown(sections: readonly Section[]): string {
  return sections.map((s, i) => `${i + 1}. **${s.title}** (\`${s.id}\`)\n`).join('');
}

export const sectionsFormats = (): TableOf<'sections'> => listView((view: SectionsView) => view.sections, { header: SECTION_COLUMNS, row: sectionRow }, sectionListText, sectionListMarkdown);

/** `lms section`: one section, with the organizations it names. */
export interface SectionView {
  kind: 'section';
  section: Section;
  disclaimer: string;
  linked: LinkedRecords;
}

export const sectionFormats = (): TableOf<'section'> => ({
  ...dataFormats((view) => view.section),
  text: (view, style) => sectionText(view.section, view.disclaimer, style, view.linked),
  md: (view) => sectionMarkdown(view.section, view.disclaimer, view.linked),
});
