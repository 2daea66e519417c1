// What `lms about` reports of a directory: its counts and check dates, from the store's columns.
import { forEachCode } from '../data/columns.js';
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
  const byOrigin = new Uint32Array(origin.values.length);
  const countStatus = (code: number) => byStatus[status.values[code] as Status]++;
  const countOrigin = (code: number) => (byOrigin[code] = (byOrigin[code] as number) + 1);
  for (let row = 0; row < store.size; row++) {
    forEachCode(status, row, countStatus);
    forEachCode(origin, row, countOrigin);
  }
  const centres = centreRows(store);
  // Codes, not values: naming the countries would read every place.
  const centreCountries = new Set<number>();
  const addCountry = (code: number) => centreCountries.add(code);
  for (let i = 0; i < centres.length; i++) forEachCode(countries, centres[i] as number, addCountry);
  const originCount = (value: string) => byOrigin[origin.values.indexOf(value)] ?? 0;
  const { oldest, newest } = store.wholePart()?.checkDates?.() ?? checkDates(directory.resources);
  return {
    ...about,
    counts: {
      resources: store.size,
      centres: centres.length,
      centreCountries: centreCountries.size,
      byStatus,
      fromFlyer: originCount('flyer'),
      added: originCount('added'),
      sections: sections.length,
    },
    checked: { oldest: oldest ?? '', newest: newest ?? '' },
    disclaimer,
  };
}
