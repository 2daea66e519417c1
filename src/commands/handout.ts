import packageJson from '../../package.json' with { type: 'json' };
import { defineCommand } from '../cli/define-command.js';
import { UsageError } from '../errors.js';
import { handoutHtml, handoutMarkdown } from '../format/handout.js';
import type { Handout } from '../format/handout.js';
import { checkDates } from '../query/age.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { centresIn } from '../query/centres.js';
import { filterResources } from '../query/filter.js';
import type { Style } from '../format/style.js';
import { wrap } from '../format/wrap.js';
import { CENTRE_TYPE } from '../types.js';
import type { Phone, Resource, Section } from '../types.js';
import { placesAsked } from './resource-filters.js';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { countryCodes } from '../query/places.js';

/** The flyer's key advice, in its order: what fits on two pages beside the organizations. */
export const HANDOUT_SECTIONS = ['after-diagnosis', 'referral', 'what-to-bring', 'treatment', 'follow-up'];

/** The most centres a handout lists by name: the UK's or Germany's fit on two pages beside the rest; the US's 46 do not. */
const HANDOUT_CENTRES = 24;

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
 * any dash or bracket ("Memorial Sloan Kettering Cancer Center"), and its town
 * with the state's code where states share town names (Portland, OR).
 */
function handoutCentre(centre: Resource): { name: string; place: string } {
  const name = centre.name.split(' \u2013 ')[0]?.replace(/\s*\([^)]*\)\s*$/, '') || centre.name;
  const location = centre.locations[0];
  const state = /^(us|ca|au)-([a-z]+)$/.exec(location?.region ?? '')?.[2]?.toUpperCase();
  return { name, place: [location?.city, state].filter(Boolean).join(', ') };
}

/** "the United Kingdom", "the Netherlands", but "Ireland": the English names that take an article. */
function withArticle(name: string): string {
  const takesThe = /^(United |Republic |Czech Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros)|Islands$|Emirates$|Republic$/.test(name);
  return takesThe ? `the ${name}` : name;
}

/** What `lms handout` says on a terminal: the commands that save it, for the place asked for. */
function savingHint(region: unknown, style: Style): string {
  const place = Array.isArray(region) && region.length > 0 ? ` --region ${shellWord(String(region[0]))}` : '';
  const { color } = style;
  return [
    wrap('The handout is a web page to print on two pages (A4 or Letter). Save it, then open the file in a browser and print it:', style),
    '',
    `  ${color.cyan(`lms handout${place} > handout.html`)}`,
    '',
    wrap(`Or as text: ${color.cyan(`lms handout${place} --format md`)}`, style),
    '',
  ].join('\n');
}

/** A word as a shell reads it: quoted when it holds anything but letters, digits and - , . */
function shellWord(word: string): string {
  return /^[\w.,-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

export const run = defineCommand(async ({ options, directory: load, stdoutIsTTY }) => {
  const directory = await load();
  const places = placesAsked(directory.vocabularies, options.region);
  if (places.ids.length > 1) throw new UsageError('a handout is for one region: give --region once, e.g. --region uk');
  const region = directory.vocabularies.regions.find((r) => r.id === places.ids[0]);
  // Without a place, the organizations that serve everyone: those of every country would not fit on two pages, nor help one reader.
  const everyone = directory.vocabularies.regions.find((r) => r.parent === null)?.id ?? 'international';
  const matches = filterResources(directory, { regions: [region?.id ?? everyone], statuses: ['active'] });
  const country = region ? (countryCodes(directory.vocabularies).get(region.id) as CountryCode | undefined) : undefined;
  const resources = (region ? matches : matches.filter((m) => m.regionMatch?.kind === 'direct'))
    .filter((m) => !m.resource.types.includes(CENTRE_TYPE))
    .map((m): Resource => ({ ...m.resource, phones: m.resource.phones.map((p) => dialled(p, country)) }));
  // A country's or a state's centres fit beside the rest; a world area's, or a country's of more than
  // HANDOUT_CENTRES, would not: the handout then gives their number and how to find the nearest.
  const centres = region ? centresIn(directory, region.id) : [];
  const listsCentres = region !== undefined && (region.kind === 'country' || region.kind === 'subdivision') && centres.length <= HANDOUT_CENTRES;
  const smaller = region?.kind === 'area' || region?.kind === 'world' ? 'country' : 'state or nation';
  // US Letter where people print on it: the US and Canada, and what lies inside them or holds only them.
  const letter = region !== undefined && (['US', 'CA'].includes(country ?? '') || region.id === 'north-america');
  const checked = checkDates(resources).oldest ?? directory.about.research.checked;
  const handout: Handout = {
    title: 'Leiomyosarcoma and soft tissue sarcoma: where to start',
    paper: letter ? 'Letter' : 'A4',
    ...(region ? { regionName: withArticle(region.name) } : {}),
    sections: HANDOUT_SECTIONS.map((id) => directory.sections.find((s) => s.id === id)).filter((s): s is Section => s !== undefined),
    resources,
    centres: listsCentres ? centres.map(handoutCentre) : [],
    ...(region && !listsCentres && centres.length > 0
      ? { centresNote: `lms knows ${centres.length} specialist sarcoma centres in ${withArticle(region.name)}, too many to list here. The nearest to you, with phone numbers: lms centres --near your town. A handout for your ${smaller} lists its own: lms handout --region with its name.` }
      : {}),
    checked,
    disclaimer: disclaimerOf(directory),
    credit: directory.about.flyer.credit,
    version: packageJson.version,
  };
  const markdown = handoutMarkdown(handout);
  return {
    json: handout,
    lines: [handout],
    // A terminal asked for nothing in particular is told how to save the page; a page's markup is no use on a screen.
    text: (style) => (stdoutIsTTY && options.format === undefined && options.json !== true ? savingHint(options.region, style) : markdown),
    markdown: () => markdown,
    html: () => handoutHtml(handout),
    notes: places.notes,
  };
});
