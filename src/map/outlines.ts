// The outlines a map is drawn from, as the build packed them (scripts/build.mjs
// packOutlines): Natural Earth's countries and the US Census Bureau's states,
// read and turned into GeoJSON once, by the commands that draw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { packedDirectory } from '../generated/shipped-data.js';

export interface Outlines {
  /** Every country's land, to fill; its edge is the coast. */
  land: FeatureCollection<Geometry> | Feature<Geometry>;
  /** The borders between countries. */
  borders: MultiLineString;
  /** The borders between US states. */
  states: MultiLineString;
}

interface Packed {
  world: Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  states: Topology<{ states: GeometryCollection }>;
}

let cached: Outlines | undefined;

export function loadOutlines(): Outlines {
  if (cached) return cached;
  const directory = typeof packedDirectory === 'string' ? packedDirectory : fileURLToPath(packedDirectory);
  const packed = JSON.parse(readFileSync(join(directory, 'outlines.json'), 'utf8')) as Packed;
  cached = {
    land: feature(packed.world, packed.world.objects.land),
    borders: mesh(packed.world, packed.world.objects.countries, (a, b) => a !== b),
    states: mesh(packed.states, packed.states.objects.states, (a, b) => a !== b),
  };
  return cached;
}
