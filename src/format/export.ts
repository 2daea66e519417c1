import type { Resource } from '../model.js';

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
