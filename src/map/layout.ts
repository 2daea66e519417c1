// Where each numbered marker goes, so that none hides another: markers of one
// town start on a ring around it, then any that still overlap are pushed apart
// until they do not. Each keeps its anchor, the true position, for a leader line.

export interface Spot {
  x: number;
  y: number;
}

export interface Keepout extends Spot {
  /** How far from its centre no marker may reach. */
  radius: number;
}

export interface Frame {
  width: number;
  height: number;
}

/** Markers closer than this to their anchor are drawn on it, without a line. */
export const ON_ANCHOR = 0.5;

const GAP = 1.5;
const ROUNDS = 400;

/** Markers sharing an anchor, on a ring around it that just keeps them apart, the first at the top (a ring at the map's edge moves in to fit). */
function ringed(anchors: readonly Spot[], radius: number, frame: Frame): Spot[] {
  const groups = new Map<string, number[]>();
  anchors.forEach((a, i) => {
    const key = `${Math.round(a.x / ON_ANCHOR)},${Math.round(a.y / ON_ANCHOR)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const spots = anchors.map((a) => ({ ...a }));
  for (const members of groups.values()) {
    const k = members.length;
    if (k < 2) continue;
    const ring = Math.max(radius * 1.3, (radius + GAP / 2) / Math.sin(Math.PI / k));
    const anchor = anchors[members[0] as number] as Spot;
    const reach = ring + radius + 1;
    const x = Math.min(Math.max(anchor.x, reach), frame.width - reach);
    const y = Math.min(Math.max(anchor.y, reach), frame.height - reach);
    members.forEach((index, n) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * n) / k;
      spots[index] = { x: x + ring * Math.cos(angle), y: y + ring * Math.sin(angle) };
    });
  }
  return spots;
}

/** Whether any two markers (or a marker and a keep-out) overlap: what placeMarkers must never leave. */
export function anyOverlap(spots: readonly Spot[], radius: number, keepouts: readonly Keepout[] = []): boolean {
  const apart = 2 * radius + GAP - 1e-6;
  for (let i = 0; i < spots.length; i++) {
    const a = spots[i] as Spot;
    for (let j = i + 1; j < spots.length; j++) if (Math.hypot(a.x - (spots[j] as Spot).x, a.y - (spots[j] as Spot).y) < apart) return true;
    for (const k of keepouts) if (Math.hypot(a.x - k.x, a.y - k.y) < radius + k.radius + GAP - 1e-6) return true;
  }
  return false;
}

/**
 * Centres for markers of `radius` at `anchors`, inside `frame`, none overlapping
 * another or a keep-out (the place asked from): the anchors themselves where
 * they are far enough apart.
 */
export function placeMarkers(anchors: readonly Spot[], radius: number, frame: Frame, keepouts: readonly Keepout[] = []): Spot[] {
  const spots = ringed(anchors, radius, frame);
  const inside = (s: Spot) => {
    s.x = Math.min(Math.max(s.x, radius + 1), frame.width - radius - 1);
    s.y = Math.min(Math.max(s.y, radius + 1), frame.height - radius - 1);
  };
  spots.forEach(inside);
  const apart = 2 * radius + GAP;
  for (let round = 0; round < ROUNDS && anyOverlap(spots, radius, keepouts); round++) {
    for (let i = 0; i < spots.length; i++) {
      const a = spots[i] as Spot;
      for (let j = i + 1; j < spots.length; j++) {
        const b = spots[j] as Spot;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= apart) continue;
        if (d < 1e-9) {
          // Coincident: part them along a direction fixed by their order, the same on every run.
          const angle = (i * 7 + j * 13) % 360;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        const push = (apart - Math.min(d, apart)) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
      for (const k of keepouts) {
        const far = Math.hypot(a.x - k.x, a.y - k.y);
        // A marker right on the place asked from (a centre in that very town) moves up and to the right of it.
        const [dx, dy, d] = far < 1e-9 ? [0.6, -0.8, 1] : [a.x - k.x, a.y - k.y, far];
        const need = radius + k.radius + GAP;
        if (d < need) {
          a.x += (dx / d) * (need - d);
          a.y += (dy / d) * (need - d);
        }
      }
    }
    spots.forEach(inside);
  }
  return spots;
}
