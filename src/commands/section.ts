import { defineCommand } from '../kit/define-command.js';
import { lookUp } from '../kit/look-up.js';
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
  // Only a section that lists organizations needs the resources.
  const ids = new Set(item.blocks.flatMap((b) => b.resources ?? []));
  const linked = new Map(ids.size === 0 ? [] : directory.resources.filter((r) => ids.has(r.id)).map((r) => [r.id, r]));
  return {
    view: { kind: 'section', section: item, disclaimer, linked },
    notes: exact ? [] : [`'${input}' is not an exact name; showing '${item.id}' (${item.title}).`],
  };
});
