// Open Referral HSDS 3.0 organizations → lms resources. Uses lms's x_lms_*
// extension fields where an lms export wrote them, and the plain HSDS fields
// otherwise. What cannot be read honestly (a phone number with no country, a
// record with no region) is reported or left as a gap, never guessed.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Gazetteer } from '../query/gazetteer.js';
import { latinKey } from '../query/normalize.js';
import { PlaceIndex, countryCodes } from '../query/places.js';
import { placeLocation } from '../query/placing.js';
import type { Address, Confidence, Gap, Location, Offer, Phone, Resource, Status, Vocabularies, Website } from '../model.js';
import { TYPE_TAXONOMY } from './hsds-taxonomy.js';
import type { RecordProblem } from './validate.js';
import { IMPORTED_ID_PREFIX } from './records.js';

interface HsdsPhone {
  number: string;
  extension?: string | number | null;
  description?: string | null;
  x_lms_display?: string;
  x_lms_e164?: string;
  x_lms_confidence?: Confidence;
  x_lms_note?: string;
}
interface HsdsAttribute {
  taxonomy_term?: { code?: string | null; name?: string | null; taxonomy?: string | null } | null;
}
interface HsdsLocation {
  id?: string;
  name?: string | null;
  description?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  addresses?: Array<Record<string, string | null | undefined>>;
  physical_addresses?: Array<Record<string, string | null | undefined>>;
  postal_addresses?: Array<Record<string, string | null | undefined>>;
  phones?: HsdsPhone[];
  x_lms_location?: Location;
}
interface HsdsService {
  id: string;
  name: string;
  description?: string | null;
  url?: string | null;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  assured_date?: string | null;
  phones?: HsdsPhone[];
  service_areas?: Array<{ name?: string | null; extent?: string | null; x_lms_region?: string }>;
  attributes?: HsdsAttribute[];
  service_at_locations?: Array<{ location?: HsdsLocation | null }>;
  schedules?: Array<{ description?: string | null; opens_at?: string | null; closes_at?: string | null; byday?: string | null }> | null;
  languages?: Array<{ name?: string | null; code?: string | null }> | null;
  fees_description?: string | null;
  eligibility_description?: string | null;
  x_lms_status?: Status;
  x_lms_websites?: Website[];
}
export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string | null;
  description?: string | null;
  website?: string | null;
  phones?: HsdsPhone[];
  locations?: HsdsLocation[];
  attributes?: HsdsAttribute[];
  services?: HsdsService[];
  x_lms_id?: string;
  x_lms_aliases?: string[];
  x_lms_former_names?: string[];
  x_lms_origin?: 'flyer' | 'added';
  x_lms_sources?: Resource['sources'];
  x_lms_gaps?: Gap[];
  x_lms_addresses?: Address[];
  x_lms_services?: string[];
  x_lms_standing?: Resource['standing'];
  x_lms_offers?: Offer[];
  x_lms_as_listed?: Resource['asListed'];
  x_lms_successor?: Resource['successor'];
  x_lms_verification?: Resource['verification'];
}

export interface ImportResult {
  resources: Resource[];
  /** For each resource, the position of its organization in the list converted. */
  positions: number[];
  /** Organizations that could not be converted, by position (their numbers in messages follow `numberOf`). */
  problems: RecordProblem[];
}

function statusOf(org: HsdsOrganization): Status {
  const services = org.services ?? [];
  const own = services.find((s) => s.x_lms_status)?.x_lms_status;
  if (own) return own;
  if (services.some((s) => s.status === 'active')) return 'active';
  if (services.length > 0 && services.every((s) => s.status === 'defunct')) return 'closed';
  return 'unknown';
}

function typesOf(org: HsdsOrganization, vocabularies: Vocabularies): string[] {
  const known = new Set(vocabularies.types.map((t) => t.id));
  const attributes = [...(org.attributes ?? []), ...(org.services ?? []).flatMap((s) => s.attributes ?? [])];
  const types = attributes.flatMap((a) => (a.taxonomy_term?.taxonomy === TYPE_TAXONOMY && a.taxonomy_term.code && known.has(a.taxonomy_term.code) ? [a.taxonomy_term.code] : []));
  return types.length > 0 ? [...new Set(types)] : ['unclassified'];
}

/** Every location of an organization: its own, and those its services are offered at (each once). */
function hsdsLocations(org: HsdsOrganization): HsdsLocation[] {
  const all = [...(org.locations ?? []), ...(org.services ?? []).flatMap((s) => (s.service_at_locations ?? []).flatMap((at) => (at.location ? [at.location] : [])))];
  const seen = new Set<string>();
  return all.filter((l) => l.id === undefined || (!seen.has(l.id) && Boolean(seen.add(l.id))));
}

/** Regions from lms's own service-area field, then service-area extents and names, then where its locations are. */
function regionsOf(org: HsdsOrganization, locations: readonly Location[], places: PlaceIndex, byCountry: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const area of (org.services ?? []).flatMap((s) => s.service_areas ?? [])) {
    // The extent, where it is a code (US-GA, as lms exports it), is more exact than the name (Georgia).
    const region = (area.x_lms_region && places.lookUp(area.x_lms_region)) || places.lookUp(area.extent ?? '') || places.lookUp(area.name ?? '');
    if (region) found.push(region.id);
  }
  for (const location of locations) {
    const id = location.region ?? byCountry.get(location.country);
    if (id) found.push(id);
  }
  return [...new Set(found)];
}

/** A number as people write it, in its dialable international form (E.164): international (+44 …, 00 44 …), or national in one of `countries`. */
export function dialable(number: string, countries: readonly CountryCode[]): string | undefined {
  const international = number.trim().replace(/^00/, '+');
  const parsed = international.startsWith('+') ? parsePhoneNumberFromString(international) : countries.map((c) => parsePhoneNumberFromString(number, c)).find((n) => n?.isValid());
  return parsed?.isValid() ? parsed.number : undefined;
}

function toPhone(p: HsdsPhone, countries: CountryCode[], confidence: Confidence): Phone | undefined {
  const extension = p.extension === undefined || p.extension === null || p.extension === '' ? '' : ` ext. ${p.extension}`;
  // Some exports keep the number's quotes; nothing else is changed before parsing.
  const number = p.number.replace(/["']/g, '').trim();
  const e164 = p.x_lms_e164 ?? dialable(number, countries);
  if (!e164) return undefined;
  return {
    display: p.x_lms_display ?? `${number}${extension}`,
    e164,
    label: p.description?.trim() || 'Phone',
    confidence: p.x_lms_confidence ?? confidence,
    ...(p.x_lms_note ? { note: p.x_lms_note } : {}),
  };
}

const text = (value: string | null | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

interface LocationContext {
  source: string;
  confidence: Confidence;
  places: PlaceIndex;
  byCountry: ReadonlyMap<string, string>;
  /** Countries to read a location's phone numbers in, when it names none of its own. */
  countries: CountryCode[];
  gazetteer: () => Gazetteer;
}

/**
 * An HSDS location as an lms location: its physical address, its coordinates
 * as the file gives them, or, with none, its town's from the gazetteer where
 * the town is certain in its country. A location with no country is skipped.
 */
function toLocation(l: HsdsLocation, context: LocationContext): Location | undefined {
  if (l.x_lms_location) return l.x_lms_location;
  // HSDS 3.0 names them addresses; HSDS-UK and 2.x exports, physical_addresses and postal_addresses.
  const addresses: Array<Record<string, string | null | undefined>> = [...(l.addresses ?? []), ...(l.physical_addresses ?? []), ...(l.postal_addresses ?? []).map((a) => ({ ...a, address_type: 'postal' }))];
  const a = addresses.find((address) => address.address_type !== 'postal') ?? addresses[0];
  const country = (a?.country ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return undefined;
  const countryRegion = context.byCountry.get(country);
  const state = text(a?.state_province) ?? text(a?.region);
  const region = (state && countryRegion && context.places.lookUp(state, countryRegion)?.id) || countryRegion;
  const lines = [a?.address_1, a?.address_2].flatMap((line) => text(line) ?? []);
  const postcode = text(a?.postal_code);
  const phones = (l.phones ?? []).flatMap((p) => toPhone(p, [country as CountryCode, ...context.countries], context.confidence) ?? []);
  const location: Location = {
    ...(text(l.name) ? { name: text(l.name) } : {}),
    ...(text(l.description) ? { role: text(l.description) } : {}),
    ...(text(a?.city) ? { city: text(a?.city) } : {}),
    ...(state ? { area: state } : {}),
    ...(region ? { region } : {}),
    country,
    ...(lines.length > 0 ? { address: { lines, ...(postcode ? { postcode } : {}), confidence: context.confidence } } : {}),
    ...(phones.length > 0 ? { phones } : {}),
  };
  if (typeof l.latitude === 'number' && typeof l.longitude === 'number' && Math.abs(l.latitude) <= 90 && Math.abs(l.longitude) <= 180) {
    return { ...location, coordinates: { latitude: l.latitude, longitude: l.longitude, precision: 'given', source: `The imported file ${context.source}` } };
  }
  // Placed as the build places the shipped centres (by ZIP code, else by a certain town), and said to be.
  const coordinates = placeLocation(location, context.gazetteer());
  if (!coordinates) return location;
  const from = coordinates.precision === 'postcode' ? 'ZIP code' : 'town';
  return { ...location, coordinates: { ...coordinates, source: `${coordinates.source}; placed by lms from the ${from} the imported file gives` } };
}

function websitesOf(org: HsdsOrganization, confidence: Confidence): Website[] {
  const own = (org.services ?? []).find((s) => s.x_lms_websites)?.x_lms_websites;
  if (own) return own;
  const urls = [org.website, ...(org.services ?? []).map((s) => s.url)].filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u));
  return [...new Set(urls)].map((url) => ({ url, label: 'Website', confidence }));
}

/** Text as a card shows it: white space collapsed, and cut at a word after `limit` characters. */
function short(text: string | null | undefined, limit = 240): string | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 40))}…`;
}

const DAYS: Record<string, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

/** When a service is open, from its schedules: their own words, else days (HSDS writes them as iCalendar does: MO,TU) and hours. */
function hoursOf(service: HsdsService): string | undefined {
  const days = (byday: string | null | undefined) => byday?.split(',').map((d) => DAYS[d.trim().toUpperCase()] ?? d.trim()).join(', ');
  const parts = (service.schedules ?? []).map((s) => s.description?.trim() || [days(s.byday), s.opens_at && s.closes_at ? `${s.opens_at}–${s.closes_at}` : ''].filter(Boolean).join(' '));
  return short(parts.filter(Boolean).join('; '));
}

/**
 * What an organization offers: an lms export's own list (x_lms_offers), or its
 * HSDS services, each with what the directory says of it. A service that only
 * repeats the organization (same name, nothing of its own) is not one.
 */
function offersOf(org: HsdsOrganization): Offer[] {
  if (org.x_lms_offers) return org.x_lms_offers;
  return (org.services ?? []).flatMap((service): Offer[] => {
    const name = short(service.name, 120);
    if (!name) return [];
    const description = short(service.description);
    const offer: Offer = {
      name,
      ...(description && description !== short(org.description) ? { description } : {}),
      ...(hoursOf(service) ? { hours: hoursOf(service) as string } : {}),
      ...(service.languages?.length ? { languages: [...new Set(service.languages.map((l) => l.name?.trim() || l.code?.trim() || '').filter(Boolean))] } : {}),
      ...(short(service.fees_description) ? { fees: short(service.fees_description) as string } : {}),
      ...(short(service.eligibility_description) ? { eligibility: short(service.eligibility_description) as string } : {}),
    };
    if (offer.languages?.length === 0) delete offer.languages;
    return service.name.trim() === org.name.trim() && Object.keys(offer).length === 1 ? [] : [offer];
  });
}

/** A 32-bit FNV-1a hash, in base 36: a short, stable tag of an HSDS id. */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * An id for an imported organization that gave none (x_lms_id): hsds- and its
 * name in Latin letters, cut at a word; where that is taken within the load, a
 * tag of its HSDS id is added, then a number. Always a valid id, and the same
 * for the same file.
 */
function mintedId(org: HsdsOrganization, used: ReadonlySet<string>): string {
  const words = latinKey(org.name).replace(/[^a-z0-9-]+/g, '-').split('-').filter(Boolean);
  let name = '';
  for (const word of words) if (`${name}-${word}`.length <= 48) name = name ? `${name}-${word}` : word;
  const base = `${IMPORTED_ID_PREFIX}${name || 'organization'}`;
  if (!used.has(base)) return base;
  const tagged = `${base}-${tag(org.id)}`;
  let id = tagged;
  for (let n = 2; used.has(id); n++) id = `${tagged}-${n}`;
  return id;
}

/**
 * Converts HSDS organizations to lms resources. `source` names the file for the
 * records' sources; ids come from x_lms_id, or are minted (mintedId).
 */
export function fromHsds(
  organizations: readonly HsdsOrganization[],
  vocabularies: Vocabularies,
  source: string,
  gazetteer: () => Gazetteer,
  numberOf = (i: number) => i + 1,
  /** The file as the user named it, for messages (`source`, its name, is what the records cite). */
  label = source,
): ImportResult {
  const problems: RecordProblem[] = [];
  const positions: number[] = [];
  const used = new Set<string>();
  const places = new PlaceIndex(vocabularies);
  const byCountry = new Map(vocabularies.regions.flatMap((r) => (r.countryCode ? [[r.countryCode, r.id] as const] : [])));
  const countryOf = countryCodes(vocabularies);
  const resources = organizations.flatMap((org, index): Resource[] => {
    const at = `record ${numberOf(index)} ("${org.name}")`;
    const services = org.services ?? [];
    const assured = services.map((s) => s.assured_date?.slice(0, 10)).find(Boolean) ?? null;
    const confidence: Confidence = assured ? 'medium' : 'low';
    const context: LocationContext = { source, confidence, places, byCountry, countries: [], gazetteer };
    const locations = hsdsLocations(org).flatMap((l) => toLocation(l, context) ?? []);
    const regions = regionsOf(org, locations, places, byCountry);
    if (regions.length === 0) {
      problems.push({ index, message: `${label}: ${at} has no region lms knows: give a service area named after a place (a country, state or world area, as 'lms regions --all' lists them), or an address with its country` });
    }
    const description = org.description?.trim() || services.find((s) => s.description?.trim())?.description?.trim();
    if (!description) problems.push({ index, message: `${label}: ${at} has no description (organization.description)` });

    const countries = regions.flatMap((r) => countryOf.get(r) ?? []) as CountryCode[];
    const phones: Phone[] = [];
    const gaps: Gap[] = [...(org.x_lms_gaps ?? [])];
    // The organization and each of its services often list the same numbers: each number and extension once, as first listed.
    const listed = new Set<string>();
    for (const p of [...(org.phones ?? []), ...services.flatMap((s) => s.phones ?? [])]) {
      const phone = toPhone(p, countries, confidence);
      if (!phone) {
        gaps.push({ field: 'phones', note: `The number "${p.number}" in the imported file could not be read as a dialable international number, so it is left out.` });
        continue;
      }
      const key = `${phone.e164} ${p.extension ?? ''}`;
      if (listed.has(key)) continue;
      listed.add(key);
      phones.push(phone);
    }

    const id = org.x_lms_id ?? mintedId(org, used);
    const offers = offersOf(org);
    used.add(id);
    if (regions.length === 0 || !description) return [];
    positions.push(index);
    return [
      {
        id,
        name: org.name.trim(),
        aliases: org.x_lms_aliases ?? (org.alternate_name?.trim() ? [org.alternate_name.trim()] : []),
        formerNames: org.x_lms_former_names ?? [],
        types: typesOf(org, vocabularies),
        regions,
        status: statusOf(org),
        ...(org.x_lms_successor ? { successor: org.x_lms_successor } : {}),
        description,
        websites: websitesOf(org, confidence),
        phones,
        addresses: org.x_lms_addresses ?? [],
        locations,
        services: org.x_lms_services ?? [],
        standing: org.x_lms_standing ?? [],
        ...(offers.length > 0 ? { offers } : {}),
        gaps,
        asListed: org.x_lms_as_listed ?? null,
        origin: org.x_lms_origin ?? 'added',
        sources: org.x_lms_sources ?? [{ citation: `Open Referral HSDS file ${source}, organization ${org.id}` }],
        verification: org.x_lms_verification ?? {
          checked: assured,
          method: 'imported',
          confidence,
          notes: `Imported from the Open Referral HSDS file ${source}; not checked by lms.`,
        },
      },
    ];
  });
  return { resources, positions, problems };
}
