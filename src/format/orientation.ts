import type { Style } from './style.js';
import { labelled, wrap } from './wrap.js';
import type { TableOf } from './registry.js';

const START = [
  ['lms section after-diagnosis', 'what to do first: find a sarcoma specialist'],
  ['lms resources --region uk', 'organizations for where you live: any country (ie, germany), state or area'],
  ['lms search "second opinion"', 'search the advice and the organizations'],
  ['lms checklist', 'what to take to the specialist'],
  ['lms handout --region uk > handout.html', 'a two-page handout to print'],
] as const;

/** What `lms` alone prints: where to start, then every command. */
export function orientationText(commands: ReadonlyArray<{ name: string; summary: string }>, disclaimer: string, style: Style): string {
  const { color } = style;
  const pad = Math.max(...START.map(([c]) => c.length), ...commands.map((c) => c.name.length)) + 2;
  // Two columns while the right one has room; on a narrow terminal each description goes under its command.
  const line = (left: string, right: string) =>
    style.width - 2 - pad >= 24 ? labelled(left, right, style, 2, pad, color.cyan) : `${wrap(color.cyan(left), style, 2)}\n${wrap(right, style, 4)}`;
  return [
    wrap(`${color.bold('lms')}: leiomyosarcoma (LMS) and sarcoma resources, from a patient flyer, offline.`, style),
    '',
    wrap('Start here:', style),
    ...START.map(([c, what]) => line(c, what)),
    '',
    wrap('Commands:', style),
    ...commands.map((c) => line(c.name, c.summary)),
    '',
    wrap(`Run 'lms <command> --help' for its options and examples. Add --json for machine-readable output.`, style),
    wrap(color.yellow(`Not medical advice: ${disclaimer}`), style),
    '',
  ].join('\n');
}

/** What `lms` alone shows: where to start, then every command. */
export interface OrientationView {
  kind: 'orientation';
  commands: ReadonlyArray<{ name: string; summary: string }>;
  disclaimer: string;
}

export const orientationFormats = (): TableOf<'orientation'> => ({ text: (view, style) => orientationText(view.commands, view.disclaimer, style) });
