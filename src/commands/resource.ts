import { defineCommand } from '../kit/define-command.js';
import { lookUp } from '../kit/look-up.js';
import { namer } from '../format/markers.js';
import { RESOURCE_COLUMNS, resourceDetail, resourceMarkdown, resourceRow } from '../format/resources.js';
import { exactAmong, resourceCandidates } from '../query/names.js';
import type { Resource } from '../model.js';
import type { Rendering } from '../kit/rendering.js';

/**
 * A record to start a user's own from: a new id (so it never replaces the one
 * it came from), added by the user, nothing the flyer printed, no gaps of the
 * original, and not yet checked: the notes say what to fill in.
 */
export function asTemplate(record: Resource): Resource {
  return {
    ...record,
    id: `my-${record.id}`,
    origin: 'added',
    asListed: null,
    gaps: [],
    verification: { checked: null, method: 'desk research', confidence: 'low', notes: 'Not checked yet: say what you checked and how, and set checked to that day (YYYY-MM-DD).' },
  };
}

export const run = defineCommand(async ({ args, options, directory: load }) => {
  const directory = await load();
  const input = args.join(' ');
  const { item, exact } = await lookUp(
    exactAmong(resourceCandidates(directory), input),
    async () => (await import('../query/resolve.js')).resolveResource(directory, input),
    'lms resources --all',
  );
  const notes = exact ? [] : [`'${input}' is not an exact name; showing '${item.id}' (${item.name}).`];
  if (options.asTemplate === true) {
    const template = asTemplate(item);
    const json = `${JSON.stringify(template, null, 2)}\n`;
    const rendering: Rendering = {
      json: template,
      lines: [template],
      table: { header: RESOURCE_COLUMNS, rows: [resourceRow(template)] },
      // A template is to be saved and edited: JSON whatever the terminal.
      text: () => json,
      markdown: () => `\`\`\`json\n${json}\`\`\`\n`,
      notes,
    };
    return rendering;
  }
  const names = namer(directory.vocabularies);
  return {
    json: item,
    lines: [item],
    table: { header: RESOURCE_COLUMNS, rows: [resourceRow(item)] },
    text: (style) => resourceDetail(item, names, style),
    markdown: () => resourceMarkdown(item, names),
    notes,
  };
});
