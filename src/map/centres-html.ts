// The page `lms centres --format html` writes: the map drawn for the centres
// listed, then the page around it.
import packageJson from '../../package.json' with { type: 'json' };
import { LONG_LIST, centresPageHtml } from '../format/centres-page.js';
import type { CentresPage } from '../format/centres-page.js';
import { centresMap } from './centres-map.js';
import type { Units } from '../query/distance.js';
import type { NearPlace } from '../query/near.js';
import { unitsIn } from '../query/near.js';

/** The map spans the page's width (A4 or Letter, less margins), no taller than leaves room for the list: less for a long one. */
const MAP_WIDTH_MM = 186;
const mapHeightMm = (count: number) => (count > LONG_LIST ? 76 : 110);

/** The countries of the centres listed, and of the place asked from: what decides the paper and the scale's units. */
function countriesOf(page: Pick<CentresPage, 'centres'>, from?: NearPlace): Set<string | undefined> {
  return new Set([...page.centres.map((c) => (c.location ?? c.record.locations[0])?.country), ...(from ? [from.countryCode] : [])]);
}

export async function centresHtml(page: Omit<CentresPage, 'version' | 'paper'>, from?: NearPlace, units?: Units): Promise<string> {
  const countries = countriesOf(page, from);
  // Miles for centres all in the US or all in the UK (unitsIn), else kilometres; Letter paper where only the US and Canada are.
  const scale = units ?? from?.units ?? (countries.size === 1 ? unitsIn([...countries][0]) : 'km');
  const paper = [...countries].every((c) => c === 'US' || c === 'CA') ? 'Letter' : 'A4';
  const map = await centresMap(page.centres, { ...(from ? { from } : {}), units: scale, widthMm: MAP_WIDTH_MM, maxHeightMm: mapHeightMm(page.centres.length), title: `Map: ${page.title}` });
  return centresPageHtml({ ...page, paper, version: packageJson.version }, map);
}
