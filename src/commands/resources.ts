import { defineCommand } from '../kit/define-command.js';
import { filterResources, statusesFor } from '../query/filter.js';
import type { ResourceMatch } from '../query/filter.js';
import { ancestorsOf } from '../query/vocabulary.js';
import type { Vocabularies } from '../model.js';
import { nearRequest } from './near-options.js';
import { filterQuery } from './resource-filters.js';

/**
 * When the places asked for have nothing of their own, a word before the list
 * so nobody mistakes a Europe-wide network for a local group: "No organization
 * in lms serves Portugal alone yet; these serve Europe or everyone."
 */
function widerOnlyNote(matches: readonly ResourceMatch[], asked: readonly string[], vocabularies: Vocabularies): string | undefined {
  if (asked.length === 0 || matches.length === 0 || matches.some((m) => m.regionMatch?.kind === 'direct')) return undefined;
  const nameOf = (id: string) => vocabularies.regions.find((r) => r.id === id)?.name ?? id;
  const roots = new Set(vocabularies.regions.filter((r) => r.parent === null).map((r) => r.id));
  const depth = (id: string) => ancestorsOf(vocabularies, id).length;
  // Nearest first: "Europe or everyone".
  const vias = [...new Set(matches.flatMap((m) => (m.regionMatch?.kind === 'wider' ? [m.regionMatch.via] : [])))].sort((a, b) => depth(b) - depth(a));
  const serving = vias.map((id) => (roots.has(id) ? 'everyone' : nameOf(id)));
  const places = [...new Set(asked)].map(nameOf);
  return `No organization in lms serves ${places.join(' or ')} alone yet; these serve ${serving.join(' or ')}.`;
}

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const { query, notes } = filterQuery(options, directory.vocabularies);
  // One pass over every status: the merged and closed ones that pass the other filters are worth a hint (--all).
  const everything = query.all || query.statuses?.length ? undefined : filterResources(directory, { ...query, all: true });
  const shown = statusesFor(directory, query);
  const matches = everything ? everything.filter((m) => shown.has(m.status)) : filterResources(directory, query);
  const hidden = everything ? everything.length - matches.length : 0;
  const request = nearRequest(options, 10);
  if (request.near !== undefined) {
    // Only records with a location can be measured; the gazetteer is read only now.
    const { nearbyRecords } = await import('./nearby.js');
    return nearbyRecords(matches.map((m) => m.resource), { ...request, near: request.near }, { vocabularies: directory.vocabularies, what: 'record' });
  }
  const widerOnly = widerOnlyNote(matches, query.regions ?? [], directory.vocabularies);
  return {
    view: {
      kind: 'resources',
      matches,
      vocabularies: directory.vocabularies,
      hidden,
      ...(widerOnly ? { widerOnly } : {}),
      ...(matches.length === 0 ? { empty: 'No resources match these filters. Try fewer filters, or --all to include merged and closed ones.' } : {}),
    },
    notes,
  };
});
