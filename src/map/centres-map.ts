// Centres on a map: which list entries get a number and a marker, and what the
// map must say beneath it to be honest. Drawing loads d3-geo and the outlines,
// so it is imported here only when a map is drawn.
import type { Units } from '../query/distance.js';
import type { Coordinates, Location, Resource } from '../model.js';

/** A listed centre and the site it is marked at (its nearest to the place asked from, else its first on the map). */
export interface ListedCentre {
  record: Resource;
  location?: Location;
  /** Its marker's number, the same in the list; none when it has no place on the map. */
  number?: number;
}

/** The site of a record that a map marks: the one given, else its first with coordinates. */
function markedLocation(record: Resource, location?: Location): Location | undefined {
  return location?.coordinates ? location : record.locations.find((l) => l.coordinates);
}

/** Numbers 1, 2, … in list order for the centres that have a place on the map. */
export function numbered(entries: ReadonlyArray<{ record: Resource; location?: Location }>): ListedCentre[] {
  let next = 1;
  return entries.map(({ record, location }) => {
    const site = markedLocation(record, location);
    return site ? { record, location: site, number: next++ } : { record, ...(location ? { location } : {}) };
  });
}

export interface CentresMap {
  svg: string;
  /** Sentences to print beneath it: how to read it, how exact it is, whose outlines. */
  caption: string[];
}

export interface CentresMapRequest {
  from?: { latitude: number; longitude: number; label: string };
  units: Units;
  widthMm: number;
  maxHeightMm: number;
  title: string;
}

/** The map of the numbered centres (and the place asked from), or undefined when nothing has a place on it. */
export async function centresMap(centres: readonly ListedCentre[], request: CentresMapRequest): Promise<CentresMap | undefined> {
  const marked = centres.filter((c): c is ListedCentre & { number: number; location: Location & { coordinates: Coordinates } } => c.number !== undefined && c.location?.coordinates !== undefined);
  if (marked.length === 0 && !request.from) return undefined;
  const { drawMap } = await import('./draw.js');
  const map = drawMap({
    ...request,
    markers: marked.map((c) => ({ number: c.number, id: c.record.id, name: c.record.name, latitude: c.location.coordinates.latitude, longitude: c.location.coordinates.longitude })),
  });
  if (!map) return undefined;
  const precisions = new Set(marked.map((c) => c.location.coordinates.precision));
  const unplaced = centres.length - marked.length;
  const where = precisions.has('postcode') ? (precisions.has('town') ? 'town (or postcode area)' : 'postcode area') : 'town';
  const caption = [
    marked.length > 0 ? `Numbers match the list${precisions.has('town') || precisions.has('postcode') ? `; each centre is marked at the middle of its ${where}, not at the hospital` : ''}.` : '',
    map.setApart ? 'Centres in one town are set side by side, joined by a line to it.' : '',
    request.from ? `The ring is ${request.from.label}; distances are straight lines from it.` : '',
    unplaced === 1 ? 'One centre has no town in its sources, so no place on the map.' : '',
    unplaced > 1 ? `${unplaced} centres have no town in their sources, so no place on the map.` : '',
    `Outlines: Natural Earth${map.showsStates ? '; US states: US Census Bureau' : ''}.`,
  ].filter((s) => s !== '');
  return { svg: map.svg, caption };
}
