// Coordinates for a location that has none: from its US ZIP code, else from
// its town, and only when the town is certain. Used by the build for the
// shipped centres and by the import for a file's locations alike.
import type { Coordinates, Location } from '../model.js';
import { latinKey } from './normalize.js';
import type { Gazetteer, Town } from './gazetteer.js';

/** Two towns of one name in one area are told apart only when one is this many times the other: Dublin, not Dublin, Ohio. */
const CLEARLY_LARGER = 10;

/** The town a location's city means, or undefined when the gazetteer has none or cannot tell which. */
export function townOf(location: Location, gazetteer: Gazetteer): Town | undefined {
  if (location.city === undefined) return undefined;
  const inCountry = gazetteer.towns(latinKey(location.city)).filter((t) => t.countryCode === location.country);
  const inArea = inCountry.filter((t) => t.areaRegion !== undefined && t.areaRegion === location.region);
  const candidates = inArea.length > 0 ? inArea : inCountry;
  const [first, second] = candidates;
  if (first === undefined) return undefined;
  return second === undefined || first.population >= CLEARLY_LARGER * second.population ? first : undefined;
}

export function townCoordinates(town: Town): Coordinates {
  const where = [town.name, town.area, town.countryCode].filter(Boolean).join(', ');
  return { latitude: town.latitude, longitude: town.longitude, precision: 'town', source: `GeoNames ${town.geonameId}: the centre of ${where}` };
}

export function placeLocation(location: Location, gazetteer: Gazetteer): Coordinates | undefined {
  const zip = location.country === 'US' ? /^\d{5}/.exec(location.address?.postcode ?? '')?.[0] : undefined;
  const point = zip === undefined ? undefined : gazetteer.zip(zip);
  if (point) return { ...point, precision: 'postcode', source: `US Census: the middle of ZIP code area ${zip}` };
  const town = townOf(location, gazetteer);
  return town && townCoordinates(town);
}

/** The location with coordinates added where it had none and they can be found. */
export function placed(location: Location, gazetteer: Gazetteer): Location {
  if (location.coordinates) return location;
  const coordinates = placeLocation(location, gazetteer);
  return coordinates ? { ...location, coordinates } : location;
}
