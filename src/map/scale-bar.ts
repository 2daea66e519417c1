// The scale bar: the longest round distance (1, 2 or 5 times a power of ten)
// that fits the room given, in the units of the rest of the output.
import { KM_PER_MILE } from '../query/distance.js';
import type { Units } from '../query/distance.js';

export interface ScaleBar {
  /** Its length on the map, in the map's units. */
  length: number;
  /** "100 km", "50 mi". */
  label: string;
}

/** A bar at most `room` long on a map where one unit of it is `kmPerUnit` kilometres. */
export function scaleBar(kmPerUnit: number, room: number, units: Units): ScaleBar {
  const perUnit = units === 'mi' ? kmPerUnit / KM_PER_MILE : kmPerUnit;
  const most = room * perUnit;
  const power = 10 ** Math.floor(Math.log10(most));
  const distance = [5, 2, 1].map((m) => m * power).find((d) => d <= most) ?? power;
  return { length: distance / perUnit, label: `${distance.toLocaleString('en-US')} ${units}` };
}
