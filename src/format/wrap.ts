import type { Style } from './style.js';

/**
 * Wraps text to the style's width with every line indented. A width too narrow
 * for the indent still gets one column of text per line.
 */
export function wrap(text: string, style: Style, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (!Number.isFinite(style.width)) return pad + text;
  return style
    .wrapText(text, Math.max(1, style.width - indent))
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/** "label   value" rows whose values wrap under themselves, not under the label. */
export function labelled(label: string, value: string, style: Style, indent: number, labelWidth: number, paint = (s: string) => s): string {
  const head = ' '.repeat(indent) + paint(label.padEnd(labelWidth));
  const body = wrap(value, style, indent + labelWidth).slice(indent + labelWidth);
  return head + body;
}
