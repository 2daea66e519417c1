// What `lms about` reports of a directory: its counts and check dates, from the store's columns.
import { codesOf } from '../data/columns.js';
import { storeOf } from '../data/store.js';
import type { StoreColumn } from '../data/store.js';
import type { AboutReport } from '../format/about.js';
import type { Directory, Status } from '../model.js';
import { checkDates } from './age.js';
import { centreRows } from './centres.js';

/** The report, counted from the store's columns: the shipped directory's records are not read. */
export function aboutReport(directory: Directory, disclaimer: string): AboutReport {
  const { sections, about } = directory;
  const store = storeOf(directory);
  const [status, origin, countries] = (['status', 'origin', 'countries'] as const).map((name) => store.column(name)) as [StoreColumn, StoreColumn, StoreColumn];
  const byStatus: Record<Status, number> = { active: 0, unknown: 0, merged: 0, closed: 0 };
  const byOrigin = new Map<string, number>();
  for (let row = 0; row < store.size; row++) {
    for (const code of codesOf(status, row)) byStatus[status.values[code] as Status]++;
    for (const code of codesOf(origin, row)) byOrigin.set(origin.values[code] as string, (byOrigin.get(origin.values[code] as string) ?? 0) + 1);
  }
  const centres = centreRows(store);
  const centreCountries = new Set(centres.flatMap((row) => Array.from(codesOf(countries, row))));
  const { oldest, newest } = store.wholePart()?.checkDates?.() ?? checkDates(directory.resources);
  return {
    ...about,
    counts: {
      resources: store.size,
      centres: centres.length,
      centreCountries: centreCountries.size,
      byStatus,
      fromFlyer: byOrigin.get('flyer') ?? 0,
      added: byOrigin.get('added') ?? 0,
      sections: sections.length,
    },
    checked: { oldest: oldest ?? '', newest: newest ?? '' },
    disclaimer,
  };
}
