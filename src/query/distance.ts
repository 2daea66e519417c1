// Distances: between two points on the Earth, and as people write them (50km, 30mi).
import { UsageError } from '../errors.js';

export const UNITS = ['km', 'mi'] as const;
export type Units = (typeof UNITS)[number];

export const KM_PER_MILE = 1.609344;

/** Units as people write them: km, kilometres, mi, miles. */
export function parseUnits(value: string): Units {
  const text = value.trim().toLowerCase();
  if (/^(km|kms|kilometres?|kilometers?)$/.test(text)) return 'km';
  if (/^(mi|miles?)$/.test(text)) return 'mi';
  throw new UsageError(`--units takes ${UNITS.join(' or ')}, not '${value}'`);
}

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in kilometres (haversine, on the mean radius of the Earth). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "50km", "30 mi", "12.5" (in `units`) → kilometres. */
export function parseDistance(input: string, units: Units): number {
  if (/^\s*-/.test(input)) throw new UsageError(`--within '${input}' is negative; give a distance of 0 or more, such as 50km or 30mi`);
  const match = /^\s*(\d+(?:\.\d+)?)\s*(km|kms|kilometres?|kilometers?|mi|miles?)?\s*$/i.exec(input);
  if (!match) throw new UsageError(`--within '${input}' is not a distance; give a number with km or mi, such as 50km or 30mi`);
  const value = Number(match[1]);
  const unit = match[2] === undefined ? units : /^mi/i.test(match[2]) ? 'mi' : 'km';
  return unit === 'mi' ? value * KM_PER_MILE : value;
}
