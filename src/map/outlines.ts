// The outlines a map is drawn from, as the build packed them (scripts/build.mjs
// packOutlines): Natural Earth's countries, each with its bounding circle, and
// the US Census Bureau's states. Read once, by the commands that draw; only the
// countries a map can show are turned into outlines.
import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { packedFile } from '../data/packed-files.js';

export interface Outlines {
  /** The land of the countries shown, as one shape to fill; its edge is the coast. */
  land: MultiPolygon;
  /** The borders between those countries. */
  borders: MultiLineString;
  /** The borders between US states. */
  states: MultiLineString;
}

/** The circle that holds a country: its centroid and the angle (radians) to its farthest point. */
interface Circle {
  centre?: [number, number];
  reach?: number;
}
type Country = GeometryObject<Circle>;

interface Packed {
  world: Topology<{ countries: GeometryCollection<Circle> }>;
  states: Topology<{ states: GeometryCollection }>;
}

let packed: Packed | undefined;

function read(): Packed {
  packed ??= JSON.parse(readFileSync(packedFile('outlines.json'), 'utf8')) as Packed;
  return packed;
}

/** The outlines within `radius` (radians) of `middle` ([longitude, latitude]), and a little beyond. */
export function outlinesAround(middle: [number, number], radius: number): Outlines {
  const { world, states } = read();
  const near = (country: Country) => {
    const { centre, reach }: Circle = country.properties ?? {};
    return centre === undefined || reach === undefined || geoDistance(centre, middle) - reach < radius;
  };
  const shown: GeometryCollection<Circle> = { type: 'GeometryCollection', geometries: world.objects.countries.geometries.filter(near) };
  return {
    land: merge(world, shown.geometries as Parameters<typeof merge>[1]),
    borders: mesh(world, shown, (a, b) => a !== b),
    states: mesh(states, states.objects.states, (a, b) => a !== b),
  };
}
