import type { SearchHit } from '../query/search.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { listFormats, tableFormats } from './formats.js';
import type { TableOf } from './registry.js';

export const SEARCH_COLUMNS = ['kind', 'id', 'title', 'relevance'] as const;

export function searchRow(hit: SearchHit): string[] {
  return [hit.kind, hit.id, hit.title, hit.relevance.toFixed(3)];
}

/** The record a hit points at, as `--json` prints it. */
export function searchJson(hit: SearchHit) {
  const { kind, id, title, relevance } = hit;
  return { kind, id, title, relevance, record: hit.kind === 'section' ? hit.section : hit.resource };
}

function hitDetail(hit: SearchHit): string {
  if (hit.kind === 'section') return `flyer section · lms section ${hit.id}`;
  const r = hit.resource;
  const contact = r.phones[0]?.display ?? r.websites[0]?.url;
  const what = hit.kind === 'centre' ? `treatment centre${r.locations[0]?.city ? `, ${r.locations[0].city}` : ''}` : 'resource';
  return [`${what} · lms resource ${hit.id}`, r.status === 'active' ? '' : r.status, contact ?? ''].filter(Boolean).join(' · ');
}

export function searchText(hits: readonly SearchHit[], style: Style): string {
  const { color } = style;
  return hits
    .map((hit, i) => {
      const head = `${String(i + 1).padStart(2)}. ${color.bold(hit.title)}`;
      return [wrap(head, style), wrap(color.dim(hitDetail(hit)), style, 4)].join('\n');
    })
    .join('\n');
}

export function searchMarkdown(hits: readonly SearchHit[]): string {
  return hits.map((hit) => `1. **${hit.title}** (${hit.kind} \`${hit.id}\`)\n`).join('');
}

/** `lms search`: the hits, best first. */
export interface SearchView {
  kind: 'search';
  hits: readonly SearchHit[];
  empty?: string;
}

export const searchFormats = (): TableOf<'search'> => ({
  // Records are read only for the formats that print them: a pipe's rows need none.
  ...listFormats((view) => view.hits.map(searchJson)),
  ...tableFormats(SEARCH_COLUMNS, (view) => view.hits.map(searchRow)),
  text: (view, style) => searchText(view.hits, style),
  md: (view) => searchMarkdown(view.hits),
});
