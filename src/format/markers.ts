import type { Confidence, Resource, Vocabularies } from '../types.js';

/** What a person is told about a fact we are not sure of. */
export function confidenceMarker(confidence: Confidence): string {
  if (confidence === 'low') return 'unconfirmed';
  if (confidence === 'medium') return 'may have changed';
  return '';
}

/** The marker as Markdown, with its leading space: " _(unconfirmed)_", or '' for a sure fact. */
export function markdownMarker(confidence: Confidence): string {
  const marker = confidenceMarker(confidence);
  return marker ? ` _(${marker})_` : '';
}

/** One line on a resource that should not be taken as a live service, or '' when it is active. */
export function statusBanner(resource: Resource): string {
  switch (resource.status) {
    case 'merged': {
      const successor = resource.successor;
      const where = successor ? ` into ${successor.name}${successor.url ? ` (${successor.url})` : ''}` : '';
      return `MERGED${where}: no longer a separate service.`;
    }
    case 'closed':
      return 'CLOSED: no longer operating; anything left online is an archive.';
    case 'unknown':
      return 'STATUS UNKNOWN: no recent source confirms it still operates; check before relying on it.';
    default:
      return '';
  }
}

/** Display names for vocabulary ids, falling back to the id itself. */
export function namer(vocabularies: Vocabularies) {
  const regions = new Map(vocabularies.regions.map((r) => [r.id, r.name]));
  const types = new Map(vocabularies.types.map((t) => [t.id, t.name]));
  return {
    region: (id: string) => regions.get(id) ?? id,
    type: (id: string) => types.get(id) ?? id,
  };
}
export type Namer = ReturnType<typeof namer>;
