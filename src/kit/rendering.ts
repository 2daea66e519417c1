import { UsageError } from '../errors.js';
import { FORMATS } from '../format/formats.js';
import type { Format } from '../format/formats.js';
import { formatsOf, formattersOf } from '../format/registry.js';
import type { View } from '../format/registry.js';
import type { Style } from '../format/style.js';
import { unknownValueMessage } from '../query/suggest.js';
import type { CommandMeta } from './command.js';

export function parseFormat(value: string): Format {
  const format = FORMATS.find((f) => f === value.trim().toLowerCase());
  if (!format) throw new UsageError(unknownValueMessage('format', value, FORMATS));
  return format;
}

/** A command prints only the formats it declares (prose has no columns): refuse the others, naming what works. */
export function checkFormat(format: Format, spec: Pick<CommandMeta, 'name' | 'views'>): void {
  const formats = formatsOf(spec.views);
  if (!formats.includes(format)) {
    throw new UsageError(`'lms ${spec.name}' cannot print --format ${format}. Formats for it: ${formats.join(', ')}`);
  }
}

/** A view in a format; text ends with a line break unless it is empty. */
export async function render(view: View, format: Format | 'terminal', style: Style): Promise<string> {
  const formatter = (await formattersOf(view))[format];
  if (!formatter) throw new Error(`the ${view.kind} view has no ${format} formatter`);
  const text = await formatter(view, style);
  return format !== 'text' || text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
