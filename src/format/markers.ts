import type { Confidence, Resource, Vocabularies } from '../model.js';
import type { Style } from './style.js';

/** What a person is told about a fact we are not sure of. */
export function confidenceMarker(confidence: Confidence): string {
  if (confidence === 'low') return 'unconfirmed';
  if (confidence === 'medium') return 'may have changed';
  return '';
}

/** Text followed, on a terminal, by its marker when we are not sure of it: "0808 … (may have changed)". */
export function marked(text: string, confidence: Confidence, style: Style): string {
  const marker = confidenceMarker(confidence);
  return marker ? `${text} ${style.color.yellow(`(${marker})`)}` : text;
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

/** "the United Kingdom", "the Netherlands", but "Ireland": a place's English name as a sentence uses it. */
export function withArticle(name: string): string {
  const takesThe = /^(United |Republic |Czech Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros)|Islands$|Emirates$|Republic$/.test(name);
  return takesThe ? `the ${name}` : name;
}

/**
 * Display names for vocabulary ids, falling back to the id itself. The maps
 * are made on first use: output with no names in it (a pipe's ids) never
 * reads the places.
 */
export function namer(vocabularies: Vocabularies) {
  let regions: Map<string, string> | undefined;
  let types: Map<string, string> | undefined;
  return {
    /** Service ids as their names, in the vocabulary's order: kinds of sarcoma, then ages, then treatments. */
    services: (ids: readonly string[]) =>
      vocabularies.services
        .filter((s) => ids.includes(s.id))
        .map((s) => s.name)
        .join(', '),
    region: (id: string) => {
      const { regionNames } = vocabularies;
      if (regionNames) return Object.hasOwn(regionNames, id) ? (regionNames[id] as string) : id;
      return (regions ??= new Map(vocabularies.regions.map((r) => [r.id, r.name]))).get(id) ?? id;
    },
    type: (id: string) => (types ??= new Map(vocabularies.types.map((t) => [t.id, t.name]))).get(id) ?? id,
  };
}
export type Namer = ReturnType<typeof namer>;
