import { listOption } from '../kit/command.js';
import { defineCommand } from '../kit/define-command.js';
import { UsageError } from '../errors.js';
import { filterResources } from '../query/filter.js';
import { HIT_KINDS, SearchIndex } from '../query/search.js';
import type { HitKind } from '../query/search.js';
import { unknownValueMessage } from '../query/suggest.js';
import { filterQuery } from './resource-filters.js';

/** --kind values as hit kinds; "center", "centres" and "organization" are taken too. */
function kindsOption(value: unknown): HitKind[] | undefined {
  const given = listOption(value);
  if (given.length === 0) return undefined;
  const other: Record<string, HitKind> = { center: 'centre', organization: 'resource', organisation: 'resource' };
  return given.map((input) => {
    const key = input.trim().toLowerCase().replace(/s$/, '');
    const kind = other[key] ?? HIT_KINDS.find((k) => k === key);
    if (!kind) throw new UsageError(unknownValueMessage('kind', input, HIT_KINDS));
    return kind;
  });
}

export const run = defineCommand(async ({ args, options, directory: load }) => {
  const directory = await load();
  const limit = options.limit as number;
  const { query, notes } = filterQuery(options, directory.vocabularies);
  const types = query.types ?? [];
  // A section serves everyone and has no type: --region keeps the flyer's advice, --type leaves it out.
  let kinds = kindsOption(options.kind) ?? HIT_KINDS;
  if (types.length > 0) kinds = kinds.filter((k) => k !== 'section');
  const filtered = (query.regions ?? []).length > 0 || types.length > 0;
  const resources = filtered ? new Set(filterResources(directory, { ...query, all: true }).map((m) => m.listing.id)) : undefined;
  const hits = new SearchIndex(directory).search(args.join(' '), { limit, kinds, resources, all: query.all });
  const empty = `Nothing matches '${args.join(' ')}'${filtered || kinds.length < HIT_KINDS.length ? ' with these filters' : ''}. Try fewer or different words, or browse with: lms sections, lms resources, lms centres`;
  return { view: { kind: 'search', hits, ...(hits.length === 0 ? { empty } : {}) }, notes };
});
