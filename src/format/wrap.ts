import type { Style } from './style.js';

/** The fewest columns of text a line gets, however deep its indent: fewer would break words into letters. */
const MIN_TEXT = 12;

/**
 * Wraps text to the style's width with every line indented. A width too narrow
 * for the indent still gets MIN_TEXT columns of text per line.
 */
export function wrap(text: string, style: Style, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (!Number.isFinite(style.width)) return pad + text;
  return style
    .wrapText(text, Math.max(MIN_TEXT, style.width - indent))
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/** "label   value" rows whose values wrap under themselves, not under the label. */
export function labelled(label: string, value: string, style: Style, indent: number, labelWidth: number, paint = (s: string) => s): string {
  // A label as wide as its column still gets a space before its value.
  const width = Math.max(labelWidth, label.length + 1);
  const head = ' '.repeat(indent) + paint(label.padEnd(width));
  const body = wrap(value, style, indent + width).slice(indent + width);
  return head + body;
}

/** The label column of a card, and how far its rows are indented. */
const CARD_LABEL_WIDTH = 10;
const CARD_INDENT = 2;

/** A row of a card ("  Phone     0808 …"): its label dim, its value wrapping under itself. */
export function cardRow(label: string, value: string, style: Style): string {
  return labelled(label, value, style, CARD_INDENT, CARD_LABEL_WIDTH, style.color.dim);
}

/**
 * Word-wraps plain text (no escape codes) at spaces only, later lines indented:
 * a word longer than a line, a web address or a path, stays whole.
 */
export function wrapWords(line: string, width: number, indent: number): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length > width && current.trim() !== '') {
      out.push(current);
      current = ' '.repeat(indent) + word;
    } else {
      current = candidate;
    }
  }
  out.push(current);
  return out.join('\n');
}
