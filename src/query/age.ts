import type { Resource } from '../model.js';

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from a YYYY-MM-DD date to today (also YYYY-MM-DD). */
export function daysBetween(from: string, today: string): number {
  return Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export interface StaleRecord {
  resource: Resource;
  /** Days since it was checked; null when it never was. */
  age: number | null;
}

/** Records last checked more than `days` ago, or never: the oldest first, never-checked ones at the top. */
export function staleResources(resources: readonly Resource[], today: string, days: number): StaleRecord[] {
  return resources
    .map((resource) => ({ resource, age: resource.verification.checked === null ? null : daysBetween(resource.verification.checked, today) }))
    .filter((r) => r.age === null || r.age > days)
    .sort((a, b) => (b.age ?? Infinity) - (a.age ?? Infinity) || a.resource.id.localeCompare(b.resource.id));
}

/** The earliest and the most recent check among the records (undefined when none was ever checked). */
export function checkDates(resources: readonly Resource[]): { oldest?: string; newest?: string } {
  const dates = resources.flatMap((r) => r.verification.checked ?? []).sort();
  return { oldest: dates[0], newest: dates.at(-1) };
}

/** Records are due for re-checking after this many days, as curated directories commonly treat them. */
export const DEFAULT_STALE_DAYS = 180;

/** A word for a terminal when even the newest check of the shipped data (`newest`) is old. */
export function ageNote(newest: string | undefined, today: string): string | undefined {
  if (newest === undefined) return undefined;
  const age = daysBetween(newest, today);
  if (age <= DEFAULT_STALE_DAYS) return undefined;
  return `note: the shipped data was last checked on ${newest}, ${age} days ago; details may have changed. 'lms stale' lists what to re-check.`;
}
