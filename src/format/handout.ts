// The printable handout: the flyer's key advice and the organizations for one
// region, on at most two A4 or Letter pages. One self-contained HTML file:
// inline CSS with print rules, no scripts, nothing fetched.
import type { CentresMap } from '../map/centres-map.js';
import type { Phone, Resource, Section } from '../model.js';
import { confidenceMarker, markdownMarker } from './markers.js';
import { escapeHtml, htmlPage, numberHtml, unbrokenHtml, unsureHtml } from './markup.js';
import { centresMap } from '../map/centres-map.js';
import type { ListedCentre } from '../map/centres-map.js';
import type { Units } from '../query/distance.js';
import type { NearPlace } from '../query/near.js';
import { dataFormats } from './formats.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import type { TableOf } from './registry.js';

export interface HandoutCentre {
  /** Its marker's number on the map; none when it has no place on it. */
  number?: number;
  id: string;
  /** The name before any dash or bracket. */
  name: string;
  /** Its town, with the state's code where states share town names. */
  place: string;
  /** The first number to call, as a reader in the place dials it. */
  phones: Phone[];
  /** How far from the place asked from. */
  distance?: string;
}

export interface Handout {
  title: string;
  /** The paper the place prints on: Letter in the US and Canada, A4 elsewhere. */
  paper: 'A4' | 'Letter';
  /** "the United Kingdom", or undefined for the organizations that serve everyone. */
  regionName?: string;
  /** The place the centres are nearest to, as found ("Leeds, England, United Kingdom"). */
  near?: string;
  sections: Section[];
  resources: Resource[];
  /** The specialist treatment centres listed: the region's, a spread of them, or those nearest a town. */
  centres: HandoutCentre[];
  /** When not all the region's centres are listed: which are, and how to find the others. */
  centresNote?: string;
  checked: string;
  disclaimer: string;
  credit: string;
  version: string;
}

function marker(confidence: Resource['phones'][number]['confidence']): string {
  return unsureHtml(confidenceMarker(confidence));
}

function resourceHtml(r: Resource): string {
  const phones = r.phones.map((p) => `<div class="phone"><b class="nb">${escapeHtml(p.display)}</b>${marker(p.confidence)} <span class="label">${escapeHtml(p.label)}</span></div>`);
  const web = r.websites[0];
  const site = web ? `<div class="web">${escapeHtml(web.url.replace(/^https?:\/\//, ''))}${marker(web.confidence)}</div>` : '';
  const status = r.status === 'unknown' ? ' <span class="unsure">(status unknown: check first)</span>' : '';
  return `<li><div class="name">${escapeHtml(r.name)}${status}</div>${phones.join('')}${site}</li>`;
}

function sectionHtml(s: Section): string {
  const blocks = s.blocks.map((b) => (b.type === 'item' ? `<li>${escapeHtml(b.text)}</li>` : `<p>${escapeHtml(b.text)}</p>`)).join('');
  return `<section><h2>${escapeHtml(s.title)}</h2>${blocks}</section>`;
}

const css = (paper: Handout['paper']) => `
@page { size: ${paper}; margin: 10mm 11mm; }
* { box-sizing: border-box; }
html { font: 10.5pt/1.25 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #111; font-synthesis: none; }
/* font-synthesis: a script with no bold face (Japanese) prints in its regular one, as real text, not as drawn shapes that no reader can copy or search. */
body { margin: 0 auto; max-width: 190mm; padding: 6mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 2.2mm 0 0.8mm; }
p { margin: 0 0 1.2mm; }
.meta { color: #444; margin-bottom: 2mm; }
.advice { column-count: 2; column-gap: 6mm; }
.advice section { break-inside: avoid-column; }
.resources { list-style: none; padding: 0; margin: 0; column-count: 2; column-gap: 6mm; }
.resources li { break-inside: avoid; margin: 0 0 1.6mm; }
.name { font-weight: bold; }
.nb { white-space: nowrap; }
.label, .web { color: #333; }
.unsure { color: #8a4b00; font-style: italic; }
.where { break-inside: avoid; }
.where figure { float: left; width: 78mm; margin: 0.8mm 4mm 1mm 0; }
.where svg { display: block; width: 100%; height: auto; }
.centres { list-style: none; padding: 0; margin: 0; }
.centres li { margin: 0 0 0.3mm; break-inside: avoid; }
.number { display: inline-block; min-width: 1.5em; padding: 0 0.25em; border-radius: 0.75em; background: #a4161a; color: #fff; font-weight: bold; text-align: center; }
.number.none { background: #888; }
.about-map { clear: both; color: #333; padding-top: 1mm; }
.note { border-top: 0.3mm solid #999; margin-top: 2.5mm; padding-top: 1.5mm; color: #333; }
.disclaimer { font-weight: bold; }
@media screen { body { max-width: 46rem; padding: 1.5rem; } html { font-size: 11pt; } }
@media print { a { color: inherit; text-decoration: none; } body { padding: 0; max-width: none; } }
`;

function centreHtml(c: HandoutCentre): string {
  const details = [
    ...c.phones.map((p) => `<b class="nb">${escapeHtml(p.display)}</b>${marker(p.confidence)}`),
    ...(c.distance ? [escapeHtml(c.distance)] : []),
    ...(c.number === undefined ? ['<span class="unsure">no town in its sources, not on the map</span>'] : []),
  ];
  return `<li>${numberHtml(c.number)} <b>${unbrokenHtml(c.name)}</b>${c.place ? ` (${escapeHtml(c.place)})` : ''}${details.length > 0 ? ` ${details.join(' \u00b7 ')}` : ''}</li>`;
}

/** Where to be treated: the centres listed beside their map, numbered alike. */
function centresHtml(h: Handout, map: CentresMap | undefined): string {
  if (h.centres.length === 0) return '';
  const heading = h.near ? `The specialist sarcoma centres nearest ${escapeHtml(h.near)}` : `Specialist sarcoma centres${h.regionName ? ` in ${escapeHtml(h.regionName)}` : ''}`;
  const figure = map ? `<figure class="map">${map.svg}</figure>` : '';
  const notes = [...(h.centresNote ? [h.centresNote] : []), ...(map?.caption ?? []), 'Websites and more: lms centres --near your town.'];
  return `<section class="where"><h2>${heading}</h2>${figure}<ol class="centres">${h.centres.map(centreHtml).join('')}</ol><p class="about-map">${escapeHtml(notes.join(' '))}</p></section>`;
}

export function handoutHtml(h: Handout, map?: CentresMap): string {
  const where = h.regionName ? `serving ${escapeHtml(h.regionName)}` : 'that serve everyone, wherever they live (lms handout --region with your country lists its own too)';
  const body = `<div class="meta">Advice from a patient flyer, and organizations ${where}. Details checked ${escapeHtml(h.checked)}; printed by lms ${escapeHtml(h.version)}.</div>
<div class="advice">${h.sections.map(sectionHtml).join('\n')}</div>
<h2>Organizations that can help</h2>
<ul class="resources">${h.resources.map(resourceHtml).join('\n')}</ul>
${centresHtml(h, map)}
<div class="note"><p class="disclaimer">${escapeHtml(h.disclaimer)}</p><p>${escapeHtml(h.credit)} Organizations: desk research from public sources, checked ${escapeHtml(h.checked)}; details marked <span class="unsure">(unconfirmed)</span> or <span class="unsure">(may have changed)</span> are worth checking before you rely on them.</p></div>`;
  return htmlPage({ title: h.title, css: css(h.paper), body });
}

export function handoutMarkdown(h: Handout): string {
  const where = h.regionName ? `serving ${h.regionName}` : 'that serve everyone, wherever they live (lms handout --region with your country lists its own too)';
  const section = (s: Section) => [`## ${s.title}`, '', ...s.blocks.map((b) => (b.type === 'item' ? `- ${b.text}` : `${b.text}\n`))].join('\n');
  const resource = (r: Resource) => {
    const contact = [
      ...r.phones.map((p) => `**${p.display}**${markdownMarker(p.confidence)} (${p.label})`),
      ...(r.websites[0] ? [`<${r.websites[0].url}>${markdownMarker(r.websites[0].confidence)}`] : []),
    ];
    return `- **${r.name}**${r.status === 'unknown' ? ' _(status unknown: check first)_' : ''}: ${contact.join(' · ')}`;
  };
  return [
    `# ${h.title}`,
    '',
    `Advice from a patient flyer, and organizations ${where}. Details checked ${h.checked}; printed by lms ${h.version}.`,
    '',
    ...h.sections.map(section),
    '',
    '## Organizations that can help',
    '',
    ...h.resources.map(resource),
    '',
    ...(h.centres.length > 0
      ? [
          h.near ? `## The specialist sarcoma centres nearest ${h.near}` : `## Specialist sarcoma centres${h.regionName ? ` in ${h.regionName}` : ''}`,
          '',
          ...h.centres.map((c) => `- **${c.name}**${c.place ? ` (${c.place})` : ''}${[...c.phones.map((p) => `: **${p.display}**${markdownMarker(p.confidence)}`), ...(c.distance ? [` · ${c.distance}`] : [])].join('')}`),
          '',
          ...(h.centresNote ? [h.centresNote, ''] : []),
          'Websites and the nearest to you: `lms centres --near <your town>`.',
          '',
        ]
      : []),
    `> **${h.disclaimer}**`,
    '',
    `${h.credit}`,
    '',
  ].join('\n');
}

/** `lms handout`: the handout, the map of its centres, and where it was asked for. */
export interface HandoutView {
  kind: 'handout';
  handout: Handout;
  map: { listed: readonly ListedCentre[]; from?: NearPlace; units: Units; title: string };
  /** The place as the command line gave it (" --near leeds"), for the commands that save the page. */
  asked: string;
}

/** The map beside the centres: a column of the page, no taller than the list it keys. */
const HANDOUT_MAP = { widthMm: 78, maxHeightMm: 76 };

/** What `lms handout` says on a terminal: the commands that save it, for the place asked for. */
function savingHint(asked: string, style: Style): string {
  const { color } = style;
  return [
    wrap('The handout is a web page to print on two pages (A4 or Letter). Save it, then open the file in a browser and print it:', style),
    '',
    `  ${color.cyan(`lms handout${asked} > handout.html`)}`,
    '',
    wrap(`Or as text: ${color.cyan(`lms handout${asked} --format md`)}`, style),
    '',
  ].join('\n');
}

export const handoutFormats = (): TableOf<'handout'> => ({
  ...dataFormats((view) => view.handout),
  text: (view) => handoutMarkdown(view.handout),
  md: (view) => handoutMarkdown(view.handout),
  html: async ({ handout, map: { listed, ...map } }) => handoutHtml(handout, await centresMap(listed, { ...map, ...HANDOUT_MAP })),
  // A terminal asked for nothing in particular is told how to save the page; a page's markup is no use on a screen.
  terminal: (view, style) => savingHint(view.asked, style),
});
