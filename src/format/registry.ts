// Every view a command can return, the formats each prints in, and where its
// formatters are. The catalog asks formatsOf() for the formats of a command's
// views: that list is its --help, its --format check and its completions. A
// view's table of formatters (in its file here) has a formatter for each of its
// formats, as the types require; it is loaded only by a run that prints that
// view, so a run loads and sets up only its own view's formatters.
import { FORMATS } from './formats.js';
import type { Format, FormatTable, Formatters } from './formats.js';
import type { AboutView } from './about.js';
import type { CentresView, NearbyView } from './centres.js';
import type { ChecklistView } from './checklist.js';
import type { CompletionView } from './completion.js';
import type { ExportView } from './export.js';
import type { HandoutView } from './handout.js';
import type { LinksView } from './links.js';
import type { OrientationView } from './orientation.js';
import type { ResourceView, ResourcesView, TemplateView } from './resources.js';
import type { SearchView } from './search.js';
import type { SectionView, SectionsView } from './sections.js';
import type { StaleView } from './stale.js';
import type { ValidationView } from './validation.js';
import type { RegionsView, TypesView } from './vocabularies.js';

export type View =
  | AboutView
  | CentresView
  | ChecklistView
  | CompletionView
  | ExportView
  | HandoutView
  | LinksView
  | NearbyView
  | OrientationView
  | RegionsView
  | ResourceView
  | ResourcesView
  | SearchView
  | SectionView
  | SectionsView
  | StaleView
  | TemplateView
  | TypesView
  | ValidationView;

export type ViewKind = View['kind'];

const LIST = ['json', 'ndjson', 'tsv', 'csv', 'text', 'md'] as const;
const PROSE = ['json', 'ndjson', 'text', 'md'] as const;

/** The formats of each view, in the order of FORMATS; 'terminal' is what a terminal shows when no format was asked for. */
export const VIEW_FORMATS = {
  about: PROSE,
  centres: [...LIST, 'html'],
  checklist: PROSE,
  completion: ['text'],
  export: [...LIST, 'hsds'],
  handout: [...PROSE, 'html', 'terminal'],
  links: LIST,
  nearby: [...LIST, 'html'],
  orientation: ['text'],
  regions: LIST,
  resource: LIST,
  resources: LIST,
  search: LIST,
  section: PROSE,
  sections: LIST,
  stale: LIST,
  template: LIST,
  types: LIST,
  validation: LIST,
} as const satisfies { readonly [K in ViewKind]: ReadonlyArray<Format | 'terminal'> };

/** A view's table of formatters: one for each of its formats. */
export type TableOf<K extends ViewKind> = Formatters<(typeof VIEW_FORMATS)[K][number], Extract<View, { kind: K }>>;

/** Each view's table of formatters, loaded when a run prints that view. */
export const FORMATTERS: { readonly [K in ViewKind]: () => Promise<TableOf<K>> } = {
  about: async () => (await import('./about.js')).aboutFormats(),
  centres: async () => (await import('./centres.js')).centresFormats(),
  checklist: async () => (await import('./checklist.js')).checklistFormats(),
  completion: async () => (await import('./completion.js')).completionFormats(),
  export: async () => (await import('./export.js')).exportFormats(),
  handout: async () => (await import('./handout.js')).handoutFormats(),
  links: async () => (await import('./links.js')).linksFormats(),
  nearby: async () => (await import('./centres.js')).nearbyFormats(),
  orientation: async () => (await import('./orientation.js')).orientationFormats(),
  regions: async () => (await import('./vocabularies.js')).regionsFormats(),
  resource: async () => (await import('./resources.js')).resourceFormats(),
  resources: async () => (await import('./resources.js')).resourcesFormats(),
  search: async () => (await import('./search.js')).searchFormats(),
  section: async () => (await import('./sections.js')).sectionFormats(),
  sections: async () => (await import('./sections.js')).sectionsFormats(),
  stale: async () => (await import('./stale.js')).staleFormats(),
  template: async () => (await import('./resources.js')).templateFormats(),
  types: async () => (await import('./vocabularies.js')).typesFormats(),
  validation: async () => (await import('./validation.js')).validationFormats(),
};

/** Whether a view prints in a format. */
export function hasFormat(kind: ViewKind, format: Format | 'terminal'): boolean {
  return (VIEW_FORMATS[kind] as ReadonlyArray<Format | 'terminal'>).includes(format);
}

/** The formats every one of these views prints in, in the order of FORMATS: what a command returning them offers. */
export function formatsOf(kinds: readonly ViewKind[]): Format[] {
  return FORMATS.filter((format) => kinds.every((kind) => hasFormat(kind, format)));
}

/** A view's table of formatters. */
export async function formattersOf(view: View): Promise<FormatTable<View>> {
  return (await FORMATTERS[view.kind]()) as FormatTable<View>;
}
