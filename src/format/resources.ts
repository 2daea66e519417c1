import type { ResourceMatch } from '../query/filter.js';
import type { Location, Offer, Resource } from '../model.js';
import { markdownMarker, marked, statusBanner } from './markers.js';
import type { Namer } from './markers.js';
import type { Style } from './style.js';
import { cardRow, wrap } from './wrap.js';
import { dataFormats, listFormats, tableFormats } from './formats.js';
import type { Formatters } from './formats.js';
import { namer } from './markers.js';
import type { Vocabularies } from '../model.js';
import type { TableOf } from './registry.js';
import { listingOf } from '../data/listing.js';
import type { Listing } from '../data/listing.js';

/** The fixed columns of `lms resources` in tsv and csv. */
export const RESOURCE_COLUMNS = ['id', 'name', 'status', 'regions', 'types', 'phone', 'website'] as const;

export function resourceRow(r: Listing): string[] {
  return [r.id, r.name, r.status, r.regions.join(','), r.types.join(','), r.phone ?? '', r.website ?? ''];
}

const INDENT = 2;
const row = cardRow;

/** The name alone: an id is for typing, and the card says where to type it. */
function heading(r: Resource, style: Style): string[] {
  const { color } = style;
  const lines = [wrap(color.bold(r.name), style)];
  const banner = statusBanner(r);
  if (banner) lines.push(wrap(r.status === 'unknown' ? color.yellow(banner) : color.red(banner), style, INDENT));
  return lines;
}

function phoneRows(r: Resource, style: Style, full: boolean): string[] {
  if (r.phones.length === 0) {
    const gap = r.gaps.find((g) => g.field === 'phones');
    return [row('Phone', style.color.dim(full && gap ? gap.note : 'none listed'), style)];
  }
  return r.phones.flatMap((p, i) => [
    row(i === 0 ? 'Phone' : '', `${marked(style.color.green(p.display), p.confidence, style)}  ${style.color.dim(p.label)}`, style),
    ...(full && p.note ? [row('', style.color.dim(p.note), style)] : []),
  ]);
}

function websiteRows(r: Resource, style: Style, full: boolean): string[] {
  const shown = full ? r.websites : r.websites.slice(0, 1);
  const rows = shown.map((w, i) => row(i === 0 ? 'Web' : '', `${marked(style.color.cyan(style.link(w.url)), w.confidence, style)}  ${style.color.dim(w.label)}`, style));
  if (!full && r.websites.length > 1) rows.push(row('', style.color.dim(`${r.websites.length - 1} more in the full record`), style));
  if (r.websites.length === 0) {
    const gap = r.gaps.find((g) => g.field === 'websites');
    rows.push(row('Web', style.color.dim(full && gap ? gap.note : 'none listed'), style));
  }
  return rows;
}

function servesText(match: ResourceMatch, names: Namer): string {
  const serves = match.resource.regions.map(names.region).join(', ');
  const m = match.regionMatch;
  // Plain words: "Europe, so Ireland too", not how the regions nest.
  return m?.kind === 'wider' ? `${serves}, so ${names.region(m.asked)} too` : serves;
}

/** A compact card for lists: what it is, how to reach it, where it serves. */
export function resourceCard(match: ResourceMatch, names: Namer, style: Style): string {
  const r = match.resource;
  return [
    ...heading(r, style),
    wrap(r.description, style, INDENT),
    ...phoneRows(r, style, false),
    ...websiteRows(r, style, false),
    row('Serves', servesText(match, names), style),
    row('In full', style.color.dim(`lms resource ${r.id}`), style),
  ].join('\n');
}

const PRECISION_WORDS: Record<NonNullable<Location['coordinates']>['precision'], string> = {
  town: "the town's centre, not the building",
  postcode: "the middle of its postcode area, not the building",
  given: 'as the imported file gives them',
};

/** Each site of a centre: its name and role, its town (and whether the town is inferred), its address, and where it is on the map and how precisely. */
function locationRows(r: Resource, style: Style): string[] {
  const { color } = style;
  return r.locations.flatMap((l, i) => {
    const label = i === 0 ? (r.locations.length > 1 ? 'Sites' : 'Where') : '';
    const town = [l.city, l.area].filter(Boolean).join(', ') || color.dim('no town in our sources');
    const rows = [row(label, [l.name, town].filter(Boolean).join(' · '), style)];
    if (l.role) rows.push(row('', color.dim(l.role), style));
    if (l.cityNote) rows.push(row('', color.yellow(l.cityNote), style));
    if (l.address) rows.push(row('', `${marked(l.address.lines.join(', '), l.address.confidence, style)}${l.address.note ? `  ${color.dim(l.address.note)}` : ''}`, style));
    for (const p of l.phones ?? []) rows.push(row('', `${marked(color.green(p.display), p.confidence, style)}  ${color.dim(p.label)}`, style));
    if (l.coordinates) {
      const { latitude, longitude, precision, source } = l.coordinates;
      rows.push(row('', color.dim(`Map: ${latitude}, ${longitude}, ${PRECISION_WORDS[precision]} (${source})`), style));
    }
    return rows;
  });
}

/** How a record was checked, in words for a reader: "on 2026-11-25, from public web pages; we are fairly sure of it". */
const METHOD_WORDS: Record<Resource['verification']['method'], string> = {
  'desk research': 'from public web pages, not by calling',
  website: 'on its own website',
  'phone call': 'by phone',
  imported: 'imported from another directory, not checked by lms',
};
const SURE_WORDS: Record<Resource['verification']['confidence'], string> = { high: 'we are sure of it', medium: 'we are fairly sure of it', low: 'we are not sure of it' };

function checkedText(r: Resource): string {
  const { checked, method, confidence } = r.verification;
  return `${checked === null ? 'never checked' : `on ${checked}`}, ${METHOD_WORDS[method]}; ${SURE_WORDS[confidence]}`;
}

/** What a directory says of an offer beyond its name: when, in which languages, at what cost, for whom. */
export function offerDetails(offer: Offer): string[] {
  return [
    offer.hours ? `Hours: ${offer.hours}` : '',
    offer.languages?.length ? `Languages: ${offer.languages.join(', ')}` : '',
    offer.fees ? `Fees: ${offer.fees}` : '',
    offer.eligibility ? `For: ${offer.eligibility}` : '',
  ].filter(Boolean);
}

/** Everything the record holds, for `lms resource`. */
export function resourceDetail(r: Resource, names: Namer, style: Style): string {
  const { color } = style;
  const lines = [...heading(r, style), wrap(r.description, style, INDENT), ''];
  lines.push(...phoneRows(r, style, true), ...websiteRows(r, style, true));
  for (const a of r.addresses) lines.push(row('Address', `${marked(a.lines.join(', '), a.confidence, style)}  ${color.dim(a.label)}`, style));
  const addressGap = r.gaps.find((g) => g.field === 'addresses');
  if (r.addresses.length === 0 && r.locations.length === 0 && addressGap) lines.push(row('Address', color.dim(addressGap.note), style));
  lines.push(...locationRows(r, style));
  if (r.services.length > 0) lines.push(row('Offers', names.services(r.services), style));
  for (const [i, offer] of (r.offers ?? []).entries()) {
    lines.push(row(i === 0 && r.services.length === 0 ? 'Offers' : '', [offer.name, offer.description].filter(Boolean).join(': '), style));
    for (const detail of offerDetails(offer)) lines.push(row('', color.dim(detail), style));
  }
  for (const [i, s] of r.standing.entries()) lines.push(row(i === 0 ? 'Standing' : '', `${s.text}${s.source ? `  ${color.dim(style.link(s.source))}` : ''}`, style));
  for (const gap of r.gaps.filter((g) => g.field === 'standing' || g.field === 'locations')) lines.push(row(gap.field === 'standing' ? 'Standing' : 'Sites', color.dim(gap.note), style));
  lines.push(row('Serves', r.regions.map(names.region).join(', '), style));
  lines.push(row('Type', r.types.map(names.type).join(', '), style));
  if (r.formerNames.length > 0) lines.push(row('Formerly', r.formerNames.join('; '), style));
  if (r.successor) lines.push(row('Now part of', [r.successor.name, r.successor.url && style.link(r.successor.url)].filter(Boolean).join('  '), style));
  lines.push(row('Checked', checkedText(r), style));
  lines.push(row('', color.dim(r.verification.notes), style));
  if (r.asListed) {
    const listed = [r.asListed.name, ...r.asListed.websites, ...r.asListed.phones, ...r.asListed.addresses].join(' · ');
    lines.push(row('In flyer', listed, style));
    if (r.asListed.note) lines.push(row('', color.dim(r.asListed.note), style));
  } else {
    lines.push(row('In flyer', color.dim('no; added since'), style));
  }
  lines.push('', wrap(color.bold('Sources'), style, INDENT));
  for (const s of r.sources) lines.push(wrap(`- ${[s.title, s.url && style.link(s.url), s.citation].filter(Boolean).join(': ')}`, style, INDENT));
  return `${lines.join('\n')}\n`;
}

function markdownContacts(r: Resource): string[] {
  const lines: string[] = [];
  for (const p of r.phones) lines.push(`- Phone: **${p.display}** (${p.label})${markdownMarker(p.confidence)}`);
  for (const w of r.websites) lines.push(`- Web: <${w.url}> (${w.label})${markdownMarker(w.confidence)}`);
  for (const g of r.gaps) lines.push(`- _${g.note}_`);
  return lines;
}

/** A Markdown entry: heading, banner, description, contacts, where it serves. */
export function resourceMarkdown(r: Resource, names: Namer): string {
  const banner = statusBanner(r);
  return [
    `## ${r.name}`,
    '',
    ...(banner ? [`> **${banner}**`, ''] : []),
    r.description,
    '',
    ...markdownContacts(r),
    ...(r.offers ?? []).map((o) => `- Offers: **${o.name}**${o.description ? `: ${o.description}` : ''}${offerDetails(o).map((d) => ` · ${d}`).join('')}`),
    `- Serves: ${r.regions.map(names.region).join(', ')}`,
    `- Checked: ${r.verification.checked ?? 'never'} (${r.verification.method}; confidence ${r.verification.confidence})`,
    '',
  ].join('\n');
}

/** `lms resources`: the records found, in the directory's order. */
export interface ResourcesView {
  kind: 'resources';
  matches: readonly ResourceMatch[];
  vocabularies: Vocabularies;
  /** How many merged or closed records the filters would also have found (shown with --all). */
  hidden: number;
  /** Said before the list when nothing serves the places asked for alone. */
  widerOnly?: string;
  /** Said on a terminal's stderr when nothing matched. */
  empty?: string;
}

const recordsOf = (view: ResourcesView) => view.matches.map((m) => m.resource);

export const resourcesFormats = (): TableOf<'resources'> => ({
  ...listFormats(recordsOf),
  ...tableFormats(RESOURCE_COLUMNS, (view) => view.matches.map((m) => resourceRow(m.listing))),
  text: ({ matches, vocabularies, hidden, widerOnly }, style) => {
    if (matches.length === 0) return '';
    const names = namer(vocabularies);
    const footer = `${matches.length} shown.${hidden > 0 ? ` ${hidden} merged or closed not shown: add --all.` : ''}`;
    return `${widerOnly ? `${wrap(widerOnly, style)}\n\n` : ''}${matches.map((m) => resourceCard(m, names, style)).join('\n\n')}\n\n${style.color.dim(footer)}\n`;
  },
  md: (view) => {
    const names = namer(view.vocabularies);
    return recordsOf(view).map((r) => resourceMarkdown(r, names)).join('\n');
  },
});

/** `lms resource`: one record in full. */
export interface ResourceView {
  kind: 'resource';
  record: Resource;
  vocabularies: Vocabularies;
}

/** One record as data: JSON, one line, one row. */
const oneRecord = <V extends { record: Resource }>(): Formatters<'json' | 'ndjson' | 'tsv' | 'csv', V> => ({
  ...dataFormats((view: V) => view.record),
  ...tableFormats(RESOURCE_COLUMNS, (view: V) => [resourceRow(listingOf(view.record))]),
});

export const resourceFormats = (): TableOf<'resource'> => ({
  ...oneRecord<ResourceView>(),
  text: (view, style) => resourceDetail(view.record, namer(view.vocabularies), style),
  md: (view) => resourceMarkdown(view.record, namer(view.vocabularies)),
});

/** `lms resource --as-template`: a record to start one's own from. */
export interface TemplateView {
  kind: 'template';
  record: Resource;
}

const templateJson = (view: TemplateView) => `${JSON.stringify(view.record, null, 2)}\n`;

export const templateFormats = (): TableOf<'template'> => ({
  ...oneRecord<TemplateView>(),
  // A template is to be saved and edited: JSON whatever the terminal.
  text: templateJson,
  md: (view) => `\`\`\`json\n${templateJson(view)}\`\`\`\n`,
});
