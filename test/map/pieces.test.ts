import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/data/shipped.js';
import { anyOverlap, placeMarkers } from '../../src/map/layout.js';
import { scaleBar } from '../../src/map/scale-bar.js';
import { centresIn, spreadOut } from '../../src/query/centres.js';
import { distanceKm } from '../../src/query/distance.js';

const RADIUS = 9;

describe('placeMarkers', () => {
  it('leaves a marker on its place when nothing is near it', () => {
    const anchors = [
      { x: 50, y: 50 },
      { x: 200, y: 120 },
    ];
    expect(placeMarkers(anchors, RADIUS, { width: 400, height: 300 })).toEqual(anchors);
  });

  it('sets the markers of one town side by side around it, none hiding another', () => {
    const town = { x: 150, y: 150 };
    const spots = placeMarkers([town, town, town, town, town], RADIUS, { width: 300, height: 300 });
    expect(anyOverlap(spots, RADIUS)).toBe(false);
    for (const s of spots) expect(Math.hypot(s.x - town.x, s.y - town.y)).toBeLessThan(6 * RADIUS);
  });

  it('keeps markers off the place asked from, even a centre in that very town', () => {
    const from = { x: 100, y: 100, radius: 6 };
    const spots = placeMarkers([{ x: 100, y: 100 }, { x: 104, y: 98 }], RADIUS, { width: 300, height: 300 }, [from]);
    expect(anyOverlap(spots, RADIUS, [from])).toBe(false);
  });

  it('never leaves two markers overlapping, wherever the towns are, while the map has room', () => {
    const anchor = fc.record({ x: fc.double({ min: 0, max: 600, noNaN: true }), y: fc.double({ min: 0, max: 400, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(anchor, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (anchors, repeat) => {
        // Towns with several centres: some anchors repeated.
        const all = anchors.flatMap((a, i) => (i % 5 === 0 ? Array.from({ length: repeat }, () => a) : [a]));
        const spots = placeMarkers(all, RADIUS, { width: 600, height: 400 });
        expect(spots).toHaveLength(all.length);
        expect(anyOverlap(spots, RADIUS)).toBe(false);
        for (const s of spots) {
          expect(s.x).toBeGreaterThanOrEqual(RADIUS);
          expect(s.x).toBeLessThanOrEqual(600 - RADIUS);
          expect(s.y).toBeGreaterThanOrEqual(RADIUS);
          expect(s.y).toBeLessThanOrEqual(400 - RADIUS);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('scaleBar', () => {
  it('is a round distance that fits its room, in the units asked for', () => {
    expect(scaleBar(1, 300, 'km')).toEqual({ length: 200, label: '200 km' });
    expect(scaleBar(10, 120, 'km')).toEqual({ length: 100, label: '1,000 km' });
    const miles = scaleBar(1.609344, 100, 'mi');
    expect(miles.label).toBe('100 mi');
    expect(miles.length).toBeCloseTo(100);
    expect(scaleBar(0.01, 100, 'km').label).toBe('1 km');
  });
});

describe('spreadOut', () => {
  const directory = loadDirectory();
  const us = centresIn(directory, 'us');

  it('takes centres spread across the region: each left out is within the reach it reports of one taken', () => {
    const { taken, reachKm } = spreadOut(us, 10);
    expect(taken).toHaveLength(10);
    const site = (r: (typeof us)[number]) => r.locations.find((l) => l.coordinates)?.coordinates as { latitude: number; longitude: number };
    const nearestTaken = us.filter((r) => !taken.includes(r)).map((r) => Math.min(...taken.map((t) => distanceKm(site(r), site(t)))));
    expect(Math.max(...nearestTaken)).toBeCloseTo(reachKm, 6);
    // Both coasts: the West's and the East's centres are among them.
    expect(taken.some((r) => r.locations[0]?.region === 'us-ca' || r.locations[0]?.region === 'us-wa')).toBe(true);
    expect(taken.some((r) => ['us-ny', 'us-ma'].includes(r.locations[0]?.region ?? ''))).toBe(true);
  });

  it('takes them all when there are few enough, and never one without a place on the map', () => {
    const uk = centresIn(directory, 'uk');
    const { taken, reachKm } = spreadOut(uk, 40);
    expect(reachKm).toBe(0);
    expect(taken.map((r) => r.id)).not.toContain('wales-soft-tissue-sarcoma-service');
    expect(taken).toHaveLength(uk.length - 1);
  });
});
