import packageJson from '../../package.json' with { type: 'json' };
import { defineCommand } from '../kit/define-command.js';
import { UsageError } from '../errors.js';
import type { Handout, HandoutCentre } from '../format/handout.js';
import { checkDates } from '../query/age.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { centresIn, nearestActiveCentres, spreadOut } from '../query/centres.js';
import { findNear, unitsIn } from '../query/near.js';
import type { NearPlace, Nearby } from '../query/near.js';
import { distanceText, phoneOf } from '../format/centres.js';
import { withArticle } from '../format/markers.js';
import { numbered } from '../map/centres-map.js';
import type { ListedCentre } from '../map/centres-map.js';
import { shippedGazetteer } from '../data/gazetteer-files.js';
import { filterResources } from '../query/filter.js';
import { CENTRE_TYPE } from '../model.js';
import type { Directory, Phone, Region, Resource, Section } from '../model.js';
import { placesAsked } from './resource-filters.js';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { countryCodes } from '../query/places.js';

/** The flyer's key advice, in its order: what fits on two pages beside the organizations. */
export const HANDOUT_SECTIONS = ['after-diagnosis', 'referral', 'what-to-bring', 'treatment', 'follow-up'];

/** The most centres a handout lists in full: the UK's or Germany's fit on two pages beside the rest, with a map. */
const HANDOUT_CENTRES = 18;
/** Of a region with more (the US, Europe), a spread of this many: what fits beside a wide map and the US's many organizations. */
const HANDOUT_SPREAD = 10;
/** The centres a handout for a town lists, nearest first. */
const HANDOUT_NEAREST = 5;
/**
 * A number as a reader in `country` dials it: the country's own numbers in its
 * national format (0808 808 0000 on a UK handout), others in international
 * format (+1 888 205 2311). An extension stays; a number spelt in letters keeps them beside it.
 */
function dialled(phone: Phone, country: CountryCode | undefined): Phone {
  const number = parsePhoneNumberFromString(phone.e164);
  if (!number) return phone;
  const home = country !== undefined && number.countryCallingCode === getCountryCallingCode(country);
  const extension = /\bext\.?\s*(\d+)/i.exec(phone.display)?.[1];
  const words = phone.display.replace(/\bext\.?\s*\d+/i, '').replace(/\s*\(.*\)\s*$/, '').trim();
  const letters = /[A-Za-z]/.test(words) ? ` (${words})` : '';
  return { ...phone, display: `${home ? number.formatNational() : number.formatInternational()}${extension ? ` ext. ${extension}` : ''}${letters}` };
}

/**
 * A centre as a handout lists it, short enough for two pages: its name before
 * any dash or bracket ("Memorial Sloan Kettering Cancer Center"), its town
 * with the state's code where states share town names (Portland, OR), and
 * the first number to call.
 */
function handoutCentre(centre: ListedCentre, country: CountryCode | undefined, distance?: string): HandoutCentre {
  const name = centre.record.name.split(' \u2013 ')[0]?.replace(/\s*\([^)]*\)\s*$/, '') || centre.record.name;
  const location = centre.location ?? centre.record.locations[0];
  const state = /^(us|ca|au)-([a-z]+)$/.exec(location?.region ?? '')?.[2]?.toUpperCase();
  const phone = phoneOf(centre.record, location);
  return {
    ...(centre.number === undefined ? {} : { number: centre.number }),
    id: centre.record.id,
    name,
    place: [location?.city, state].filter(Boolean).join(', '),
    phones: phone ? [dialled(phone, country)] : [],
    ...(distance === undefined ? {} : { distance }),
  };
}

/** A word as a shell reads it: quoted when it holds anything but letters, digits and - , . */
function shellWord(word: string): string {
  return /^[\w.,-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** The place as the command line gave it, for the commands that save the page: " --near leeds". */
function askedFor(options: Readonly<Record<string, unknown>>): string {
  const { region, near } = options;
  return typeof near === 'string' ? ` --near ${shellWord(near)}` : Array.isArray(region) && region.length > 0 ? ` --region ${shellWord(String(region[0]))}` : '';
}

/** The centres a handout lists, numbered for its map, and what to say of those it leaves out. */
function listedCentres(directory: Directory, region: Region | undefined, from: NearPlace | undefined, country: CountryCode | undefined): { listed: ListedCentre[]; centres: HandoutCentre[]; note?: string } {
  if (from) {
    const found = nearestActiveCentres(directory, from, HANDOUT_NEAREST);
    const listed = numbered(found);
    return { listed, centres: listed.map((c, i) => handoutCentre(c, country, distanceText((found[i] as Nearby).distanceKm, from.units))) };
  }
  const all = region ? centresIn(directory, region.id) : [];
  // Too many to list beside the rest: a spread of them across the region, so that every reader sees one not far away.
  const { taken, reachKm } = all.length <= HANDOUT_CENTRES ? { taken: all, reachKm: 0 } : spreadOut(all, HANDOUT_SPREAD);
  const listed = numbered(all.filter((c) => taken.includes(c)).map((record) => ({ record })));
  const centres = listed.map((c) => handoutCentre(c, country));
  if (!region || listed.length === all.length) return { listed, centres };
  return {
    listed,
    centres,
    note: `These ${listed.length} of the ${all.length} specialist sarcoma centres lms knows in ${withArticle(region.name)} are spread across it: each of the others is within ${distanceText(reachKm, unitsIn(country))} of one of them. The nearest to you: lms handout --near your town.`,
  };
}

export const run = defineCommand(async ({ options, directory: load }) => {
  const directory = await load();
  const places = placesAsked(directory.vocabularies, options.region);
  const near = typeof options.near === 'string' ? options.near : undefined;
  if (places.ids.length > 1) throw new UsageError('a handout is for one region: give --region once, e.g. --region uk');
  if (near !== undefined && places.ids.length > 0) throw new UsageError('a handout is for one place: give --region or --near, not both (e.g. --near leeds)');
  if (near !== undefined && near.trim() === '') throw new UsageError('--near needs a place: a town, a US ZIP code or LAT,LON (such as --near leeds)');
  const from = near === undefined ? undefined : findNear(near, shippedGazetteer(), directory.vocabularies);
  const { regions } = directory.vocabularies;
  // From a town, the organizations of its country; from LAT,LON (no country known), those that serve everyone.
  const region = from ? regions.find((r) => r.kind === 'country' && r.countryCode !== undefined && r.countryCode === from.countryCode) : regions.find((r) => r.id === places.ids[0]);
  // Without a place, the organizations that serve everyone: those of every country would not fit on two pages, nor help one reader.
  const everyone = regions.find((r) => r.parent === null)?.id ?? 'international';
  const matches = filterResources(directory, { regions: [region?.id ?? everyone], statuses: ['active'] });
  const country = region ? (countryCodes(directory.vocabularies).get(region.id) as CountryCode | undefined) : undefined;
  const resources = (region ? matches : matches.filter((m) => m.regionMatch?.kind === 'direct'))
    .filter((m) => !m.resource.types.includes(CENTRE_TYPE))
    .map((m): Resource => ({ ...m.resource, phones: m.resource.phones.map((p) => dialled(p, country)) }));
  const { listed, centres, note } = listedCentres(directory, region, from, country);
  // US Letter where people print on it: the US and Canada, and what lies inside them or holds only them.
  const letter = region !== undefined && (['US', 'CA'].includes(country ?? '') || region.id === 'north-america');
  const checked = checkDates(resources).oldest ?? directory.about.research.checked;
  const handout: Handout = {
    title: 'Leiomyosarcoma and soft tissue sarcoma: where to start',
    paper: letter ? 'Letter' : 'A4',
    ...(region ? { regionName: withArticle(region.name) } : {}),
    ...(from ? { near: from.label } : {}),
    sections: HANDOUT_SECTIONS.map((id) => directory.sections.find((s) => s.id === id)).filter((s): s is Section => s !== undefined),
    resources,
    centres,
    ...(note ? { centresNote: note } : {}),
    checked,
    disclaimer: disclaimerOf(directory),
    credit: directory.about.flyer.credit,
    version: packageJson.version,
  };
  return {
    view: {
      kind: 'handout',
      handout,
      map: {
        listed,
        ...(from ? { from } : {}),
        units: from?.units ?? unitsIn(country),
        title: `Map of the specialist sarcoma centres ${from ? `nearest ${from.label}` : `listed for ${handout.regionName ?? 'everyone'}`}`,
      },
      asked: askedFor(options),
    },
    notes: [...places.notes, ...(from?.note ? [from.note] : [])],
  };
});
