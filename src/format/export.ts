import type { Resource, Vocabularies } from '../model.js';
import { listTable } from './formats.js';
import { toJson } from './json.js';
import { namer } from './markers.js';
import { resourceMarkdown } from './resources.js';
import type { TableOf } from './registry.js';

/** Columns of `lms export --format csv`: one row per resource, lists joined with "; ". */
export const EXPORT_COLUMNS = ['id', 'name', 'status', 'successor', 'regions', 'types', 'phones', 'websites', 'description', 'origin', 'checked', 'confidence', 'offers'] as const;

export function exportRow(r: Resource): string[] {
  return [
    r.id,
    r.name,
    r.status,
    r.successor?.name ?? '',
    r.regions.join('; '),
    r.types.join('; '),
    r.phones.map((p) => `${p.display} (${p.e164})`).join('; '),
    r.websites.map((w) => w.url).join('; '),
    r.description,
    r.origin,
    r.verification.checked ?? '',
    r.verification.confidence,
    (r.offers ?? []).map((o) => o.name).join('; '),
  ];
}

/** `lms export`: the records themselves, merged and closed ones too unless filtered out. */
export interface ExportView {
  kind: 'export';
  records: readonly Resource[];
  vocabularies: Vocabularies;
  empty?: string;
}

export const exportFormats = (): TableOf<'export'> => ({
  ...listTable((view) => view.records, EXPORT_COLUMNS, exportRow),
  // Writing HSDS derives a UUID for every id: only an HSDS export loads it.
  hsds: async (view) => toJson((await import('../data/hsds-export.js')).toHsds(view.records, view.vocabularies)),
  text: (view, style) => view.records.map((r) => `${style.color.bold(r.name)}  ${r.id}  ${r.status}`).join('\n'),
  md: (view) => {
    const names = namer(view.vocabularies);
    return view.records.map((r) => resourceMarkdown(r, names)).join('\n');
  },
});
