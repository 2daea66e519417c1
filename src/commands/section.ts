import { defineCommand } from '../cli/define-command.js';
import { lookUp } from '../cli/not-found.js';
import { sectionMarkdown, sectionText } from '../format/sections.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { exactAmong, sectionCandidates } from '../query/names.js';

export const run = defineCommand(async ({ args, directory: load }) => {
  const directory = await load();
  const input = args.join(' ');
  const { item, exact } = await lookUp(
    exactAmong(sectionCandidates(directory), input),
    async () => (await import('../query/resolve.js')).resolveSection(directory, input),
    'lms sections',
  );
  const disclaimer = disclaimerOf(directory);
  return {
    json: item,
    lines: [item],
    text: (style) => sectionText(item, disclaimer, style),
    markdown: () => sectionMarkdown(item, disclaimer),
    notes: exact ? [] : [`'${input}' is not an exact name; showing '${item.id}' (${item.title}).`],
  };
});
