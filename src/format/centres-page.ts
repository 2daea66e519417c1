// `lms centres --format html`: one self-contained page of centres, the map
// above the list they are numbered in, readable on a phone and printable on
// two pages. Inline CSS, no scripts, nothing fetched.
import type { CentresMap, ListedCentre } from '../map/centres-map.js';
import { placeText } from './centres.js';
import type { Namer } from './markers.js';
import { confidenceMarker, statusBanner } from './markers.js';
import { escapeHtml, htmlPage, numberHtml, unbrokenHtml, unsureHtml } from './markup.js';

export interface CentresPage {
  /** "Sarcoma treatment centres nearest Leeds, England, United Kingdom". */
  title: string;
  /** The paper the reader prints on: Letter in the US and Canada, A4 elsewhere. */
  paper: 'A4' | 'Letter';
  /** What the list is, in a sentence or two (nearest first, and how distances are measured). */
  intro: string;
  centres: ReadonlyArray<ListedCentre & { distance?: string }>;
  /** What the list leaves out, and why. */
  notes: readonly string[];
  names: Namer;
  disclaimer: string;
  version: string;
}

/** More centres than this print smaller, with no phone labels and a shorter map. */
export const LONG_LIST = 30;

/** A link's text: the site, and an ellipsis for any path (the link holds the whole address). */
function shownUrl(url: string): string {
  const [site = url, ...path] = url.replace(/^https?:\/\//, '').replace(/\/$/, '').split('/');
  return path.length > 0 ? `${site}/\u2026` : site;
}

function centreHtml(c: CentresPage['centres'][number], names: Namer): string {
  const r = c.record;
  const location = c.location ?? r.locations[0];
  const place = placeText(location, names);
  // Every number of the centre's own, else its site's first (as a card shows).
  const own = r.phones.length > 0 ? r.phones : (c.location?.phones?.slice(0, 1) ?? []);
  const phones = own.map((p) => `<div><b class="nb">${escapeHtml(p.display)}</b>${unsureHtml(confidenceMarker(p.confidence))} <span class="label">${escapeHtml(p.label)}</span></div>`);
  const where = [
    c.distance,
    place ? `${escapeHtml(place)}${c.location?.cityNote ? unsureHtml('town inferred') : ''}` : '',
    c.number === undefined ? `${location?.city ? '' : 'no town in its sources, '}not on the map` : '',
    ...(phones.length === 0 ? ['<span class="gap">no phone in its sources</span>'] : []),
  ]
    .filter(Boolean)
    .join(' \u00b7 ');
  const web = r.websites[0];
  const banner = statusBanner(r);
  return [
    `<li><div class="name">${numberHtml(c.number)} ${unbrokenHtml(r.name)}</div>`,
    `<div class="where">${where}</div>`,
    ...(banner ? [`<div class="unsure">${escapeHtml(banner)}</div>`] : []),
    ...phones,
    web ? `<div class="web"><a href="${escapeHtml(web.url)}">${escapeHtml(shownUrl(web.url))}</a>${unsureHtml(confidenceMarker(web.confidence))}</div>` : '',
    `<div class="more">lms resource ${escapeHtml(r.id)}</div></li>`,
  ].join('');
}

const css = (paper: CentresPage['paper']) => `
* { box-sizing: border-box; }
html { font: 11pt/1.3 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #111; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; }
h1 { font-size: 1.35em; margin: 0 0 0.3em; }
p { margin: 0 0 0.5em; }
figure { margin: 0.5em 0; }
figure svg { display: block; width: 100%; height: auto; max-height: 80vh; }
figcaption, .intro, .note { color: #333; }
.centres { list-style: none; padding: 0; margin: 0.8em 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.7em 1.2em; }
.centres li { break-inside: avoid; }
.name { font-weight: bold; }
.nb { white-space: nowrap; }
.number { display: inline-block; min-width: 1.5em; padding: 0 0.25em; border-radius: 0.75em; background: #a4161a; color: #fff; text-align: center; }
.number.none { background: #888; }
.label, .gap, .more, .web { color: #333; }
.more { color: #666; }
a { color: #1d4e89; overflow-wrap: anywhere; }
.unsure { color: #8a4b00; font-style: italic; }
.disclaimer { font-weight: bold; border-top: 1px solid #999; padding-top: 0.4em; }
@page { size: ${paper}; margin: 10mm 11mm; }
@media print {
  html { font-size: 8pt; line-height: 1.2; }
  body { max-width: none; padding: 0; }
  figure svg { max-height: none; }
  a { color: inherit; text-decoration: none; }
  .centres { display: block; column-count: 3; column-gap: 7mm; margin: 2mm 0; }
  .centres li { margin: 0 0 1.6mm; }
  .more { display: none; }
  /* A long list (a continent's, a large country's) in smaller print, to keep to two pages. */
  body.long { font-size: 7.5pt; }
  .long .centres { column-count: 3; column-gap: 6mm; }
  .long .centres li { margin-bottom: 1.2mm; }
  .long .label { display: none; }
}
`;

export function centresPageHtml(page: CentresPage, map: CentresMap | undefined): string {
  const body = [
    `<p class="intro">${escapeHtml(page.intro)}</p>`,
    map ? `<figure>${map.svg}<figcaption>${escapeHtml(map.caption.join(' '))}</figcaption></figure>` : '',
    `<ol class="centres">${page.centres.map((c) => centreHtml(c, page.names)).join('\n')}</ol>`,
    ...page.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    `<p class="disclaimer">${escapeHtml(page.disclaimer)}</p>`,
    `<p class="note">From lms ${escapeHtml(page.version)}. Details marked <span class="unsure">(unconfirmed)</span> or <span class="unsure">(may have changed)</span> are worth checking: call before you travel. The sources of each: lms resource with its id.</p>`,
  ];
  return htmlPage({ title: page.title, css: css(page.paper), ...(page.centres.length > LONG_LIST ? { bodyClass: 'long' } : {}), body: body.filter(Boolean).join('\n') });
}
