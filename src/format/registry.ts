// Every view a command can return, and the formatters of each, by format. A
// format a view has no formatter for is one its commands do not offer: the
// catalog asks formatsOf() for the formats of a command's views, and that list
// is its --help, its --format check and its completions.
import { aboutFormats } from './about.js';
import type { AboutView } from './about.js';
import { centresFormats, nearbyFormats } from './centres.js';
import type { CentresView, NearbyView } from './centres.js';
import { checklistFormats } from './checklist.js';
import type { ChecklistView } from './checklist.js';
import { completionFormats } from './completion.js';
import type { CompletionView } from './completion.js';
import { exportFormats } from './export.js';
import type { ExportView } from './export.js';
import { FORMATS } from './formats.js';
import type { Format, FormatTable, Formatter } from './formats.js';
import { handoutFormats } from './handout.js';
import type { HandoutView } from './handout.js';
import { linksFormats } from './links.js';
import type { LinksView } from './links.js';
import { orientationFormats } from './orientation.js';
import type { OrientationView } from './orientation.js';
import { resourcesFormats, resourceFormats, templateFormats } from './resources.js';
import type { ResourceView, ResourcesView, TemplateView } from './resources.js';
import { searchFormats } from './search.js';
import type { SearchView } from './search.js';
import { sectionsFormats, sectionFormats } from './sections.js';
import type { SectionView, SectionsView } from './sections.js';
import { staleFormats } from './stale.js';
import type { StaleView } from './stale.js';
import { validationFormats } from './validation.js';
import type { ValidationView } from './validation.js';
import { regionsFormats, typesFormats } from './vocabularies.js';
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

/** Each view's table of formatters, made when first asked for: a run sets up only its own view's. */
export const FORMATTERS: { readonly [K in ViewKind]: () => FormatTable<Extract<View, { kind: K }>> } = {
  about: aboutFormats,
  centres: centresFormats,
  checklist: checklistFormats,
  completion: completionFormats,
  export: exportFormats,
  handout: handoutFormats,
  links: linksFormats,
  nearby: nearbyFormats,
  orientation: orientationFormats,
  regions: regionsFormats,
  resource: resourceFormats,
  resources: resourcesFormats,
  search: searchFormats,
  section: sectionFormats,
  sections: sectionsFormats,
  stale: staleFormats,
  template: templateFormats,
  types: typesFormats,
  validation: validationFormats,
};

const made = new Map<ViewKind, FormatTable<View>>();

/** A view kind's formatters, by format. */
function tableOf(kind: ViewKind): FormatTable<View> {
  let table = made.get(kind);
  if (!table) made.set(kind, (table = FORMATTERS[kind]() as FormatTable<View>));
  return table;
}

/** The formats every one of these views prints in, in the order of FORMATS: what a command returning them offers. */
export function formatsOf(kinds: readonly ViewKind[]): Format[] {
  return FORMATS.filter((format) => kinds.every((kind) => tableOf(kind)[format] !== undefined));
}

/** A view's formatter for a format, or undefined when it has none. */
export function formatterOf(view: View, format: Format | 'terminal'): Formatter<View> | undefined {
  return tableOf(view.kind)[format];
}
