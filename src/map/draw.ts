// A map of numbered markers as one self-contained SVG: the outlines around
// them, the place asked from and a scale bar; the source of the outlines in
// its description (the caption beneath it says it too). No tiles, no fonts,
// nothing fetched: the page it sits in prints it as it is.
import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoEqualEarth, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { escapeHtml } from '../format/markup.js';
import { distanceKm } from '../query/distance.js';
import type { Units } from '../query/distance.js';
import { ON_ANCHOR, placeMarkers } from './layout.js';
import type { Spot } from './layout.js';
import { strokeText } from './glyphs.js';
import { outlinesAround } from './outlines.js';
import { scaleBar } from './scale-bar.js';

export interface MapMarker {
  /** The number printed in it, the one beside its name in the list. */
  number: number;
  /** The record it marks, for the SVG's readers (data-id) and tooltips. */
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface MapRequest {
  markers: readonly MapMarker[];
  /** The place distances are measured from, marked apart from the centres. */
  from?: { latitude: number; longitude: number; label: string };
  units: Units;
  /** The printed width; the height follows the shape of what is shown, up to `maxHeightMm`. */
  widthMm: number;
  maxHeightMm: number;
  /** What the picture shows, for screen readers. */
  title: string;
}

export interface DrawnMap {
  svg: string;
  /** Whether markers of one town were set apart from it, joined to it by a line. */
  setApart: boolean;
  /** Whether the US states' borders are drawn (their source is then named too). */
  showsStates: boolean;
}

/** Map units per printed millimetre: sizes below are in units, so marks print the same size on every map. */
const PER_MM = 4;
/** A marker's radius and its number's height: smaller where many share the map, so they stay near their places. */
const SIZES = { few: { marker: 9, digits: 7.5 }, many: { marker: 7, digits: 6 } };
const MANY = 40;
const FROM = 6;
/** The least distance around the middle a map shows (degrees of arc, about 60 km): one town is not a map. */
const LEAST_RADIUS = 0.55;
/** Places farther than this (radians, about 60°) from their middle are drawn on a map of the world. */
const WORLD_SPREAD = 1.05;

const round = (n: number) => Math.round(n * 10) / 10;

/** The map of `request`, or undefined when there is nothing to place. */
export function drawMap(request: MapRequest): DrawnMap | undefined {
  const places = request.markers.map((m): [number, number] => [m.longitude, m.latitude]);
  if (request.from) places.push([request.from.longitude, request.from.latitude]);
  if (places.length === 0) return undefined;
  const middle = geoCentroid({ type: 'MultiPoint', coordinates: places });
  // Places on several continents (every centre lms knows) need the whole world; otherwise an azimuthal
  // equal-area map about the middle of them, true to shape and area near it, at any size of region.
  const world = Math.max(...places.map((p) => geoDistance(middle, p))) > WORLD_SPREAD;
  const shown: GeoPermissibleObjects = world
    ? { type: 'Sphere' }
    : { type: 'GeometryCollection', geometries: [{ type: 'MultiPoint', coordinates: places }, geoCircle().center(middle).radius(LEAST_RADIUS)()] };
  const projection: GeoProjection = world ? geoEqualEarth().rotate([-middle[0], 0]) : geoAzimuthalEqualArea().rotate([-middle[0], -middle[1]]).clipAngle(90);
  const [[x0, y0], [x1, y1]] = geoPath(projection.scale(1).translate([0, 0])).bounds(shown);
  const width = request.widthMm * PER_MM;
  const height = Math.round(Math.min(Math.max((y1 - y0) / Math.max(x1 - x0, 1e-9), 0.55), request.maxHeightMm / request.widthMm) * width);
  const { marker: radius, digits } = request.markers.length > MANY ? SIZES.many : SIZES.few;
  const margin = radius * 2.6;
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin - 10],
    ],
    shown,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const outlines = outlinesAround(middle, viewRadius(projection, width, height));
  const states = path(outlines.states) ?? '';

  const anchors = request.markers.map((m): Spot => {
    const [x, y] = projection([m.longitude, m.latitude]) ?? [0, 0];
    return { x, y };
  });
  const from = request.from ? (projection([request.from.longitude, request.from.latitude]) ?? undefined) : undefined;
  const spots = placeMarkers(anchors, radius, { width, height }, from ? [{ x: from[0], y: from[1], radius: FROM }] : []);
  const moved = spots.map((s, i) => Math.hypot(s.x - (anchors[i] as Spot).x, s.y - (anchors[i] as Spot).y) > ON_ANCHOR);

  const leaders = spots.flatMap((s, i) => {
    const a = anchors[i] as Spot;
    return moved[i] ? [`<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(s.x)}" y2="${round(s.y)}"/>`] : [];
  });
  // One dot for each town its markers were moved from, however many they are.
  const anchorDots = new Set(anchors.flatMap((a, i) => (moved[i] ? [dot(round(a.x), round(a.y), 2)] : [])));
  const markers = request.markers.map((m, i) => {
    const s = spots[i] as Spot;
    return `<g class="marker" data-id="${escapeHtml(m.id)}"><title>${m.number}. ${escapeHtml(m.name)}</title><circle cx="${round(s.x)}" cy="${round(s.y)}" r="${radius}"/>${strokeText(String(m.number), s.x, s.y + digits / 2, digits, { anchor: 'middle', color: '#fff' })}</g>`;
  });
  const fromMark = from ? placeAskedFrom(from) : '';
  const bar = scaleBar(kmPerUnit(projection, width, height), width * 0.28, request.units);
  const sources = `Outlines: Natural Earth (public domain)${states ? '; US states: US Census Bureau' : ''}.`;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${width} ${height}" width="${request.widthMm}mm" height="${round(height / PER_MM)}mm" role="img" aria-label="${escapeHtml(request.title)}">`,
    `<title>${escapeHtml(request.title)}</title><desc>${sources}</desc>`,
    `<rect width="${width}" height="${height}" fill="#eaf2f7"/>`,
    `<path d="${path(outlines.land) ?? ''}" fill="#f7f4ec" stroke="#8a9aa6" stroke-width="0.8"/>`,
    states ? `<path d="${states}" fill="none" stroke="#c3bdb0" stroke-width="0.6"/>` : '',
    `<path d="${path(outlines.borders) ?? ''}" fill="none" stroke="#9b9384" stroke-width="0.9"/>`,
    `<g stroke="#333" stroke-width="0.8" fill="#333">${leaders.join('')}${[...anchorDots].join('')}</g>`,
    fromMark,
    `<g fill="#a4161a" stroke="#fff" stroke-width="1.2">`,
    ...markers,
    '</g>',
    scaleBarSvg(bar, height),
    '</svg>',
  ].join('');
  return { svg, setApart: moved.some(Boolean), showsStates: states !== '' };
}

/** How far (radians) from the middle of the map its farthest corner is: what the map can show. */
function viewRadius(projection: GeoProjection, width: number, height: number): number {
  const middle = projection.invert?.([width / 2, height / 2]);
  const corners = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
  ].map(([x, y]) => projection.invert?.([x as number, y as number]));
  if (!middle || corners.some((c) => !c || !Number.isFinite(c[0]) || !Number.isFinite(c[1]))) return Math.PI;
  return Math.max(...corners.map((c) => geoDistance(middle, c as [number, number])));
}

/** Kilometres per map unit across the middle of the map (the scale changes a little away from it). */
function kmPerUnit(projection: GeoProjection, width: number, height: number): number {
  const span = width / 4;
  const a = projection.invert?.([width / 2 - span / 2, height / 2]);
  const b = projection.invert?.([width / 2 + span / 2, height / 2]);
  return a && b ? distanceKm({ longitude: a[0], latitude: a[1] }, { longitude: b[0], latitude: b[1] }) / span : 0;
}

function scaleBarSvg(bar: { length: number; label: string }, height: number): string {
  const x = 8;
  const y = height - 9;
  const end = round(x + bar.length);
  return `<g class="scale" data-label="${bar.label}"><path d="M${x},${y - 4}V${y}H${end}V${y - 4}" stroke="#222" stroke-width="1.2" fill="none"/>${strokeText(bar.label, x + 2, y - 4, 7, { anchor: 'start', color: '#222' })}</g>`;
}

/** The place asked from: a ring with a dot (the caption names it). */
function placeAskedFrom([x, y]: [number, number]): string {
  return `<g class="from" stroke="#1d4e89"><path d="${circlePath(x, y, FROM)}" fill="#fff" stroke-width="2"/><path d="${circlePath(x, y, 2)}" fill="#1d4e89"/></g>`;
}

/** A circle as path data: the map's only <circle> elements are its markers, one per centre. */
function circlePath(x: number, y: number, r: number): string {
  return `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

function dot(x: number, y: number, r: number): string {
  return `<path d="${circlePath(x, y, r)}"/>`;
}
