// The few characters a map writes (marker numbers, the scale bar's distance),
// drawn as strokes rather than set in a font: the map needs no font at all,
// looks the same in every browser and printer, and adds no words to the
// printed page's text, so a reader's search (or pdftotext) finds the list's
// names whole, never broken by the numbers of the map beside them.

/** Each glyph in a cell 4 wide and 6 high (y down), as SVG path data for a round-capped stroke. */
const GLYPHS: Record<string, string> = {
  '0': 'M2,0C4.7,0 4.7,6 2,6C-0.7,6 -0.7,0 2,0Z',
  '1': 'M0.9,1.3L2.3,0V6',
  '2': 'M0.3,1.3C0.8,-0.3 3.7,-0.4 3.7,1.6C3.7,3.1 0.6,4.3 0.2,6H3.9',
  '3': 'M0.4,0.2H3.6L1.7,2.5C4.6,2.3 4.5,6.2 1.9,6C1.1,6 0.5,5.7 0.2,5.2',
  '4': 'M2.9,6V0L0.1,4.2H4',
  '5': 'M3.6,0H0.7L0.4,2.7C1.6,2 3.9,2.2 3.8,4.1C3.7,6.3 1,6.4 0.2,5.3',
  '6': 'M3.4,0.3C1,-0.5 0.1,2.6 0.2,4C0.3,6.5 3.8,6.4 3.8,4.1C3.8,2 0.6,2 0.2,3.8',
  '7': 'M0.2,0H3.8L1.5,6',
  '8': 'M2,2.8C-0.2,2.6 0.1,0 2,0C3.9,0 4.2,2.6 2,2.8C-0.4,3 -0.3,6 2,6C4.3,6 4.4,3 2,2.8Z',
  '9': 'M3.8,2.1C3.6,4 0.2,4 0.2,1.9C0.2,-0.4 3.8,-0.4 3.8,2.1C3.8,4 3.3,6.1 0.6,5.8',
  k: 'M0.4,0V6M3.5,2.4L0.4,4.7M1.6,3.8L3.7,6',
  m: 'M0.2,6V2.4M0.2,3.3C0.6,2.2 2,2.2 2,3.3V6M2,3.3C2.4,2.2 3.8,2.2 3.8,3.3V6',
  i: 'M1,2.4V6M1,0.7V0.9',
  ',': 'M1,5.4L0.5,7',
};
const ADVANCE: Record<string, number> = { '1': 3.6, i: 2.2, ',': 2, ' ': 2.6 };
const WIDTH = 5;

/** How wide `text` is at `size` (its digits' height). */
export function strokeWidthOf(text: string, size: number): number {
  return ([...text].reduce((sum, c) => sum + (ADVANCE[c] ?? WIDTH), 0) - 1) * (size / 6);
}

/**
 * `text` as stroked paths, `size` high, its middle or start at `x`, its
 * baseline at `y`. Characters other than digits, k, m, i, comma and space are
 * not drawn: the map writes nothing else.
 */
export function strokeText(text: string, x: number, y: number, size: number, options: { anchor: 'start' | 'middle'; color: string }): string {
  const scale = size / 6;
  const left = options.anchor === 'middle' ? x - strokeWidthOf(text, size) / 2 : x;
  let advance = 0;
  const parts: string[] = [];
  for (const c of text) {
    const glyph = GLYPHS[c];
    if (glyph) parts.push(`<path transform="translate(${advance.toFixed(2)} 0)" d="${glyph}"/>`);
    advance += ADVANCE[c] ?? WIDTH;
  }
  return `<g transform="translate(${left.toFixed(1)} ${(y - size).toFixed(1)}) scale(${scale.toFixed(3)})" fill="none" stroke="${options.color}" stroke-width="0.85" stroke-linecap="round" stroke-linejoin="round">${parts.join('')}</g>`;
}
