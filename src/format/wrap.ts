import wrapAnsi from 'wrap-ansi';

/**
 * Wraps text to the width with every line indented; colors survive the wrap.
 * A width too narrow for the indent still gets one column of text per line.
 */
export function wrap(text: string, width: number, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (!Number.isFinite(width)) return pad + text;
  const columns = Math.max(1, width - indent);
  return wrapAnsi(text, columns, { hard: true, trim: true })
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/** "label   value" rows whose values wrap under themselves, not under the label. */
export function labelled(label: string, value: string, width: number, indent: number, labelWidth: number, paint = (s: string) => s): string {
  const head = ' '.repeat(indent) + paint(label.padEnd(labelWidth));
  const body = wrap(value, width, indent + labelWidth).slice(indent + labelWidth);
  return head + body;
}
