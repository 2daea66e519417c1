import { defineCommand } from '../kit/define-command.js';
import { lookUp } from '../kit/look-up.js';
import { exactAmong, resourceCandidates } from '../query/names.js';
import type { Resource } from '../model.js';

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
  if (options.asTemplate === true) return { view: { kind: 'template', record: asTemplate(item) }, notes };
  return { view: { kind: 'resource', record: item, vocabularies: directory.vocabularies }, notes };
});
