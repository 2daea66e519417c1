// Every view a command can return, and the formatters of each, by format. A
// format a view has no formatter for is one its commands do not offer: the
// catalog asks formatsOf() for the formats of a command's views, and that list
// is its --help, its --format check and its completions.
import { ABOUT_FORMATS } from './about.js';
import type { AboutView } from './about.js';
import { CENTRES_FORMATS, NEARBY_FORMATS } from './centres.js';
import type { CentresView, NearbyView } from './centres.js';
import { CHECKLIST_FORMATS } from './checklist.js';
import type { ChecklistView } from './checklist.js';
import { COMPLETION_FORMATS } from './completion.js';
import type { CompletionView } from './completion.js';
import { EXPORT_FORMATS } from './export.js';
import type { ExportView } from './export.js';
import { FORMATS } from './formats.js';
import type { Format, FormatTable, Formatter } from './formats.js';
import { HANDOUT_FORMATS } from './handout.js';
import type { HandoutView } from './handout.js';
import { LINKS_FORMATS } from './links.js';
import type { LinksView } from './links.js';
import { ORIENTATION_FORMATS } from './orientation.js';
import type { OrientationView } from './orientation.js';
import { RESOURCES_FORMATS, RESOURCE_FORMATS, TEMPLATE_FORMATS } from './resources.js';
import type { ResourceView, ResourcesView, TemplateView } from './resources.js';
import { SEARCH_FORMATS } from './search.js';
import type { SearchView } from './search.js';
import { SECTIONS_FORMATS, SECTION_FORMATS } from './sections.js';
import type { SectionView, SectionsView } from './sections.js';
import { STALE_FORMATS } from './stale.js';
import type { StaleView } from './stale.js';
import { VALIDATION_FORMATS } from './validation.js';
import type { ValidationView } from './validation.js';
import { REGIONS_FORMATS, TYPES_FORMATS } from './vocabularies.js';
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

export const FORMATTERS: { readonly [K in ViewKind]: FormatTable<Extract<View, { kind: K }>> } = {
  about: ABOUT_FORMATS,
  centres: CENTRES_FORMATS,
  checklist: CHECKLIST_FORMATS,
  completion: COMPLETION_FORMATS,
  export: EXPORT_FORMATS,
  handout: HANDOUT_FORMATS,
  links: LINKS_FORMATS,
  nearby: NEARBY_FORMATS,
  orientation: ORIENTATION_FORMATS,
  regions: REGIONS_FORMATS,
  resource: RESOURCE_FORMATS,
  resources: RESOURCES_FORMATS,
  search: SEARCH_FORMATS,
  section: SECTION_FORMATS,
  sections: SECTIONS_FORMATS,
  stale: STALE_FORMATS,
  template: TEMPLATE_FORMATS,
  types: TYPES_FORMATS,
  validation: VALIDATION_FORMATS,
};

/** The formats every one of these views prints in, in the order of FORMATS: what a command returning them offers. */
export function formatsOf(...kinds: readonly ViewKind[]): Format[] {
  return FORMATS.filter((format) => kinds.every((kind) => FORMATTERS[kind][format] !== undefined));
}

/** A view's formatter for a format, or undefined when it has none. */
export function formatterOf(view: View, format: Format | 'terminal'): Formatter<View> | undefined {
  return (FORMATTERS[view.kind] as FormatTable<View>)[format];
}
