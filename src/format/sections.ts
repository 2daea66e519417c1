import type { Block, Section } from '../types.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

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

function blockText(block: Block, style: Style): string {
  const { color } = style;
  const lines =
    block.type === 'item'
      ? [`  • ${wrap(block.text, style, 4).slice(4)}`]
      : [wrap(block.text, style, 2)];
  if (block.gap) lines.push(wrap(color.yellow(`[…] ${block.gap}`), style, 4));
  if (block.resources && block.resources.length > 0) {
    lines.push(wrap(color.dim(`Current details: ${block.resources.map((id) => `lms resource ${id}`).join(', ')}`), style, 4));
  }
  return lines.join('\n');
}

/** A section as readable text, with the disclaimer under medical advice. */
export function sectionText(section: Section, disclaimer: string, style: Style): string {
  const { color } = style;
  const origin = section.flyerHeading && section.flyerHeading !== section.title ? `from the flyer: "${section.flyerHeading}"` : 'from the flyer';
  const parts = [wrap(color.bold(section.title), style), wrap(color.dim(`lms section ${section.id} · ${origin}`), style), ''];
  parts.push(section.blocks.map((b) => blockText(b, style)).join('\n\n'));
  if (section.medical) parts.push('', wrap(color.yellow(`Not medical advice: ${disclaimer}`), style));
  return `${parts.join('\n')}\n`;
}

export function sectionMarkdown(section: Section, disclaimer: string): string {
  const blocks = section.blocks.map((b) => {
    const text = b.type === 'item' ? `- ${b.text}` : b.text;
    return b.gap ? `${text}\n\n  _[…] ${b.gap}_` : text;
  });
  const tail = section.medical ? ['', `> **Not medical advice:** ${disclaimer}`] : [];
  return [`# ${section.title}`, '', blocks.join('\n\n'), ...tail, ''].join('\n');
}
