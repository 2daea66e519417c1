// What `centres` and `resources` share for --near, read once into one
// decision. Light on purpose: every run of `resources` loads it; the list
// nearest a place is in nearby.ts, loaded only with --near.
import { UsageError } from '../errors.js';
import { parseDistance } from '../query/distance.js';
import type { Units } from '../query/distance.js';

export interface NearRequest {
  near?: string;
  limit?: number;
  within?: string;
  units?: Units;
}

/** --near, --within, --limit and --units as one decision: what to measure from, how far, how many, in what units. */
export function nearRequest(options: Readonly<Record<string, unknown>>, defaultLimit?: number): NearRequest {
  const near = typeof options.near === 'string' ? options.near : undefined;
  if (near !== undefined && near.trim() === '') throw new UsageError('--near needs a place: a town, a US ZIP code or LAT,LON (such as --near leeds)');
  if (options.within !== undefined && near === undefined) throw new UsageError('--within needs --near: the distance is measured from a place (such as --near leeds --within 50km)');
  const within = typeof options.within === 'string' ? options.within : undefined;
  const units = options.units as Units | undefined;
  // A distance that cannot be read is refused before any place is looked up.
  if (within !== undefined) parseDistance(within, units ?? 'km');
  const limit = (options.limit as number | undefined) ?? (near === undefined ? undefined : defaultLimit);
  return { near, limit, within, units };
}
