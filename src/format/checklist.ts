import type { Checklist } from '../model.js';
import type { Style } from './style.js';
import { labelled, wrap } from './wrap.js';
import { dataFormats } from './formats.js';
import type { TableOf } from './registry.js';

/** A Markdown task list: print it, or tick it off in any Markdown editor. */
export function checklistMarkdown(checklist: Checklist, disclaimer: string): string {
  const items = checklist.items.map((i) => `- [ ] ${i.text}${i.detail ? `  \n      _${i.detail}_` : ''}`);
  return [`# ${checklist.title}`, '', checklist.intro, '', ...items, '', `> ${disclaimer}`, ''].join('\n');
}

export function checklistText(checklist: Checklist, disclaimer: string, style: Style): string {
  const { color } = style;
  const items = checklist.items.map((i) => {
    // Wrapped lines line up under the item's text, not under its box.
    const box = labelled('[ ]', i.text, style, 2, 4);
    return i.detail ? `${box}\n${wrap(color.dim(i.detail), style, 6)}` : box;
  });
  return [wrap(color.bold(checklist.title), style), wrap(checklist.intro, style), '', ...items, '', wrap(color.yellow(`Not medical advice: ${disclaimer}`), style), ''].join('\n');
}

/** `lms checklist`: what to bring, to tick off. */
export interface ChecklistView {
  kind: 'checklist';
  checklist: Checklist;
  disclaimer: string;
}

export const checklistFormats = (): TableOf<'checklist'> => ({
  ...dataFormats((view) => view.checklist, (view) => view.checklist.items),
  text: (view, style) => checklistText(view.checklist, view.disclaimer, style),
  md: (view) => checklistMarkdown(view.checklist, view.disclaimer),
});
