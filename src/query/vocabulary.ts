import { UsageError } from '../errors.js';
import type { Region, ResourceType, Service, StatusInfo, Vocabularies } from '../model.js';
import { normalizeKey } from './normalize.js';
import { findPlace } from './places.js';
import { unknownValueMessage } from './suggest.js';

interface Named {
  id: string;
  aliases?: string[];
}

function lookup<T extends Named>(entries: readonly T[], input: string, what: string, plural = `${what}s`): T {
  const key = normalizeKey(input);
  const found = entries.find((e) => e.id === key || e.aliases?.includes(key));
  if (found) return found;
  throw new UsageError(unknownValueMessage(what, input, entries.map((e) => e.id), plural));
}

/** A region by id, name or alias ("gb" → uk, "deutschland" → de, "georgia, us" → us-ga); see places.ts. */
export function resolveRegion(vocabularies: Vocabularies, input: string): Region {
  return findPlace(vocabularies, input).region;
}

export function resolveType(vocabularies: Vocabularies, input: string): ResourceType {
  return lookup(vocabularies.types, input, 'type');
}

export function resolveService(vocabularies: Vocabularies, input: string): Service {
  return lookup(vocabularies.services, input, 'service');
}

export function resolveStatus(vocabularies: Vocabularies, input: string): StatusInfo {
  return lookup(vocabularies.statuses, input, 'status', 'statuses');
}

/** The region's enclosing regions, nearest first: uk → [europe, international]. */
export function ancestorsOf(vocabularies: Vocabularies, regionId: string): string[] {
  const byId = new Map(vocabularies.regions.map((r) => [r.id, r]));
  const chain: string[] = [];
  for (let parent = byId.get(regionId)?.parent; parent != null && !chain.includes(parent); parent = byId.get(parent)?.parent) {
    chain.push(parent);
  }
  return chain;
}
