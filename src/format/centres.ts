import { KM_PER_MILE } from '../query/distance.js';
import type { Units } from '../query/distance.js';
import type { NearPlace, Nearby } from '../query/near.js';
import type { Location, Phone, Resource, Vocabularies } from '../model.js';
import { marked, namer, statusBanner } from './markers.js';
import type { Namer } from './markers.js';
import type { Style } from './style.js';
import { cardRow, wrap } from './wrap.js';
import { listFormats, listTable, tableFormats } from './formats.js';
import { numbered } from '../map/centres-map.js';
import type { TableOf } from './registry.js';

/** The columns of `lms centres` in tsv and csv, without and with --near. */
export const CENTRE_COLUMNS = ['id', 'name', 'city', 'region', 'services', 'phone', 'website'] as const;
export const NEARBY_COLUMNS = ['distance', 'unit', ...CENTRE_COLUMNS] as const;

const INDENT = 2;

/** A distance in the units asked for: tenths under ten, whole numbers above. */
export function distanceIn(km: number, units: Units): number {
  const value = units === 'mi' ? km / KM_PER_MILE : km;
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

export function distanceText(km: number, units: Units): string {
  const value = distanceIn(km, units);
  return value < 1 ? `< 1 ${units}` : `${value} ${units}`;
}

/** "Leeds, England": where a location is, as a person reads it. */
export function placeText(location: Location | undefined, names: Namer): string {
  if (!location) return '';
  const area = location.area && location.area !== location.city ? location.area : undefined;
  const parts = [location.city, area].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : names.region(location.region ?? location.country);
}

/** The number to call: the centre's own, else its site's. */
export function phoneOf(r: Resource, location: Location | undefined): Phone | undefined {
  return r.phones[0] ?? location?.phones?.[0];
}

/** "The Christie NHS Foundation Trust, Manchester, England": the site and its town. */
function whereText(location: Location | undefined, names: Namer): string {
  return [location?.name, placeText(location, names)].filter(Boolean).join(', ');
}

export function centreRow(r: Resource, location = r.locations[0]): string[] {
  return [r.id, r.name, location?.city ?? '', location?.region ?? r.regions.join(','), r.services.join(','), phoneOf(r, location)?.e164 ?? '', r.websites[0]?.url ?? ''];
}

export function nearbyRow(n: Nearby, units: Units): string[] {
  return [String(distanceIn(n.distanceKm, units)), units, ...centreRow(n.record, n.location)];
}

const row = cardRow;

/** What a card or a Markdown entry needs beside the record: names for ids, and with --near the nearest site and its distance. */
export interface CentreCard {
  names: Namer;
  location?: Location;
  distance?: string;
}

/**
 * A centre as a card: name, how far (with --near), where, how to reach it,
 * what it offers and its standing. A fact we are unsure of says so.
 */
export function centreCard(r: Resource, context: CentreCard, style: Style): string {
  const { color } = style;
  const location = context.location ?? r.locations[0];
  const lines = [wrap(color.bold(r.name), style)];
  const banner = statusBanner(r);
  if (banner) lines.push(wrap(color.yellow(banner), style, INDENT));
  if (r.verification.confidence === 'low') lines.push(wrap(color.yellow('Thin sources: check with the hospital before relying on this entry.'), style, INDENT));
  const where = whereText(location, context.names);
  const inferred = location?.cityNote ? ` ${color.yellow('(town inferred)')}` : '';
  if (context.distance !== undefined) lines.push(row(context.distance, `${where}${inferred}`, style));
  else lines.push(row('Where', `${where || color.dim('no town in our sources')}${inferred}`, style));
  if (r.locations.length > 1) lines.push(row('', color.dim(`one of ${r.locations.length} sites`), style));
  const phone = phoneOf(r, location);
  lines.push(row('Phone', phone ? `${marked(color.green(phone.display), phone.confidence, style)}  ${color.dim(phone.label)}` : color.dim('none listed'), style));
  const web = r.websites[0];
  lines.push(row('Web', web ? marked(color.cyan(style.link(web.url)), web.confidence, style) : color.dim('none listed'), style));
  if (r.services.length > 0) lines.push(row('Offers', context.names.services(r.services), style));
  const standing = r.standing[0];
  if (standing) lines.push(row('Standing', standing.text, style));
  lines.push(row('In full', color.dim(`lms resource ${r.id}`), style));
  return lines.join('\n');
}

/** The line above a list of nearest centres: from where, and what the distances are. */
export function nearHeading(from: NearPlace): string {
  return `Nearest first from ${from.label}. Distances are straight lines from the town's centre to the centre's town (or postcode), not travel distances.`;
}

export function centreMarkdown(r: Resource, context: CentreCard): string {
  const location = context.location ?? r.locations[0];
  const where = whereText(location, context.names);
  const phone = phoneOf(r, location);
  return [
    `## ${r.name}`,
    '',
    ...(context.distance ? [`- Distance: ${context.distance}`] : []),
    ...(where ? [`- Where: ${where}${location?.cityNote ? ' _(town inferred)_' : ''}`] : []),
    phone ? `- Phone: **${phone.display}** (${phone.label})` : '- Phone: _none listed_',
    r.websites[0] ? `- Web: <${r.websites[0].url}>` : '- Web: _none listed_',
    ...(r.services.length > 0 ? [`- Offers: ${context.names.services(r.services)}`] : []),
    ...r.standing.map((s) => `- Standing: ${s.text}`),
    `- Checked: ${r.verification.checked ?? 'never'} (${r.verification.method}; confidence ${r.verification.confidence})`,
    '',
  ].join('\n');
}

/** `lms centres` without --near: the centres found, by country, area and name. */
export interface CentresView {
  kind: 'centres';
  records: readonly Resource[];
  vocabularies: Vocabularies;
  /** The page's title: the places asked for. */
  title: string;
  disclaimer: string;
  /** The map's scale, when asked for (--units). */
  units?: Units;
  empty?: string;
}

export const centresFormats = (): TableOf<'centres'> => ({
  ...listTable((view) => view.records, CENTRE_COLUMNS, (r) => centreRow(r)),
  text: ({ records, vocabularies }, style) => {
    if (records.length === 0) return '';
    const context = { names: namer(vocabularies) };
    return `${records.map((r) => centreCard(r, context, style)).join('\n\n')}\n\n${style.color.dim(`${records.length} shown.`)}\n`;
  },
  md: ({ records, vocabularies }) => {
    const context = { names: namer(vocabularies) };
    return records.map((r) => centreMarkdown(r, context)).join('\n');
  },
  html: async ({ records, vocabularies, title, disclaimer, units, empty }) => {
    const intro = `${records.length} specialist centre${records.length === 1 ? '' : 's'} that lms knows, by country, area and name. Ask a centre what it treats before you travel.`;
    const centres = numbered(records.map((record) => ({ record })));
    const { centresHtml } = await import('../map/centres-html.js');
    return centresHtml({ title, intro, centres, notes: empty ? [empty] : [], names: namer(vocabularies), disclaimer }, undefined, units);
  },
});

/** `lms centres --near` and `lms resources --near`: the records nearest a place, already sorted and cut to the limit. */
export interface NearbyView {
  kind: 'nearby';
  from: NearPlace;
  nearby: readonly Nearby[];
  units: Units;
  /** The --limit the list was cut at, when it was. */
  cutAt?: number;
  /** How many records could not be placed, so are not listed. */
  unplaced: number;
  /** What the records are, for the notes: "centre", "record". */
  what: string;
  vocabularies: Vocabularies;
  /** For a page (centres): its title and the flyer's disclaimer. */
  page?: { title: string; disclaimer: string };
  empty?: string;
}

/** No town in the data, or a town the gazetteer cannot tell apart from another of its name (an imported record's). */
function unplacedNote({ unplaced, what }: NearbyView): string | undefined {
  if (unplaced === 0) return undefined;
  return `${unplaced} ${what}${unplaced === 1 ? ' has' : 's have'} no place on the map (no town, or none lms can place), so ${unplaced === 1 ? 'it is' : 'they are'} not listed.`;
}

const cardOf = (view: NearbyView, names: Namer) => (n: Nearby): CentreCard => ({ names, location: n.location, distance: distanceText(n.distanceKm, view.units) });

export const nearbyFormats = (): TableOf<'nearby'> => ({
  ...listFormats((view) => view.nearby.map((n) => ({ distanceKm: Math.round(n.distanceKm * 10) / 10, location: n.location, record: n.record }))),
  ...tableFormats(NEARBY_COLUMNS, (view) => view.nearby.map((n) => nearbyRow(n, view.units))),
  text: (view, style) => {
    if (view.nearby.length === 0) return '';
    const unplaced = unplacedNote(view);
    const card = cardOf(view, namer(view.vocabularies));
    const cut = view.cutAt === undefined ? '' : ` (--limit ${view.cutAt}; more with a higher one)`;
    return [
      wrap(style.color.dim(nearHeading(view.from)), style),
      '',
      view.nearby.map((n) => centreCard(n.record, card(n), style)).join('\n\n'),
      '',
      style.color.dim(`${view.nearby.length} shown${cut}.`),
      ...(unplaced ? [wrap(style.color.dim(unplaced), style)] : []),
      '',
    ].join('\n');
  },
  md: (view) => {
    const card = cardOf(view, namer(view.vocabularies));
    return view.nearby.map((n) => centreMarkdown(n.record, card(n))).join('\n');
  },
  html: async (view) => {
    const { from, nearby, units, page, empty } = view;
    if (!page) throw new Error('a page of nearby records needs its title');
    const unplaced = unplacedNote(view);
    const centres = numbered(nearby).map((c, i) => ({ ...c, distance: distanceText((nearby[i] as Nearby).distanceKm, units) }));
    const { centresHtml } = await import('../map/centres-html.js');
    const notes = [...(empty ? [empty] : []), ...(unplaced ? [unplaced] : [])];
    return centresHtml({ title: page.title, intro: nearHeading(from), centres, notes, names: namer(view.vocabularies), disclaimer: page.disclaimer }, from, units);
  },
});
