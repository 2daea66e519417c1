import { KM_PER_MILE } from '../query/distance.js';
import type { Units } from '../query/distance.js';
import type { NearPlace, Nearby } from '../query/near.js';
import type { Location, Phone, Resource } from '../model.js';
import { marked, statusBanner } from './markers.js';
import type { Namer } from './markers.js';
import type { Style } from './style.js';
import { cardRow, wrap } from './wrap.js';

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
export interface CentreView {
  names: Namer;
  location?: Location;
  distance?: string;
}

/**
 * A centre as a card: name, how far (with --near), where, how to reach it,
 * what it offers and its standing. A fact we are unsure of says so.
 */
export function centreCard(r: Resource, context: CentreView, style: Style): string {
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

export function centreMarkdown(r: Resource, context: CentreView): string {
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
