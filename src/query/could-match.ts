// Which field values Fuse could possibly match, and which parts of them,
// decided before Fuse sees them. Fuse runs its Bitap search on every value of
// every document (each alias and type name on its own), up to k + 1 passes
// over each: one per number of errors it allows, from none up to k, the most
// whose score k / m stays within the threshold for a pattern of m characters.
// A value it matches holds a stretch within k edits (insertions, deletions,
// substitutions) of the pattern. One pass of Myers' bit-parallel algorithm
// finds, for every position of a value, the fewest edits between the pattern
// and a stretch ending there. A value with no stretch within k edits is one
// Fuse cannot match, and leaving it out changes no result.
//
// A value it can match is cut down to the stretches that end within k edits
// (each at most m + k long), joined by fillers of k + 1 characters the
// pattern lacks. Every stretch within k edits survives whole, so the fewest
// edits, and with them Fuse's score (errors / m), stay the same; and no new
// match can form across a filler: a stretch holding a whole filler costs more
// than k edits, and one holding a part of it costs more than the same stretch
// without that part. Fuse also refuses matches with no two neighbouring
// pattern characters, a check that depends on the text around the match; when
// 2k < m - 1 every match within k edits has such a pair, so the edits decide
// alone and cutting is safe. Short patterns, where that fails, see the whole
// value, as do patterns over 32 characters, which Fuse splits into pieces.
//
// G. Myers, "A fast bit-vector algorithm for approximate string matching based
// on dynamic programming", Journal of the ACM 46(3), 1999.

/** Fuse's longest pattern searched in one piece (Bitap works on a 32-bit mask). */
const MAX_BITS = 32;

export class PatternCheck {
  readonly pattern: string;
  /** The most edits Fuse accepts; -1 when the pattern is too long to rule anything out. */
  readonly errors: number;
  /**
   * For each UTF-16 unit (Fuse compares units, text[i]), the pattern positions
   * that hold it, as bits: position i is bit i. A table rather than a map, as it
   * is read for every character of every value searched.
   */
  private readonly positions = new Int32Array(0x10000);
  /** The bit of the pattern's last position, where the edit count is read. */
  private readonly lastBit: number;
  /** Whether the edits alone decide Fuse's verdict (see above), so values may be cut. */
  private readonly cuttable: boolean;

  constructor(pattern: string, threshold: number) {
    this.pattern = pattern.toLowerCase();
    const { length } = this.pattern;
    for (let i = 0; i < length && i < MAX_BITS; i++) {
      const unit = this.pattern.charCodeAt(i);
      this.positions[unit] = (this.positions[unit] as number) | (1 << i);
    }
    this.lastBit = 1 << (Math.min(length, MAX_BITS) - 1);
    // The same arithmetic as Fuse's score, errors / length <= threshold, so rounding cannot differ.
    let errors = 0;
    while (errors + 1 < length && (errors + 1) / length <= threshold) errors++;
    this.errors = length > MAX_BITS ? -1 : errors;
    this.cuttable = this.errors !== -1 && 2 * errors < length - 1;
  }

  /** False only when Fuse certainly finds no match in `text`, which must be lower-cased. */
  couldMatch(text: string): boolean {
    return this.scan(text);
  }

  /**
   * Where Fuse could match the pattern in `text` (lower-cased): undefined when
   * nowhere, true when Fuse must see all of it, or else [start, end) pairs, in
   * order and apart, that hold every stretch within k edits of the pattern.
   */
  stretches(text: string): number[] | true | undefined {
    // Most values hold no match: a first scan, which stops at the first match and allocates nothing, settles them.
    if (!this.scan(text)) return undefined;
    if (!this.cuttable) return true;
    const pairs: number[] = [];
    this.scan(text, pairs);
    return pairs;
  }

  /**
   * Whether some stretch of `text` is within k edits of the pattern; with
   * `pairs`, reads on to the end and adds where such stretches lie, merged.
   */
  private scan(text: string, pairs?: number[]): boolean {
    const { positions, lastBit, errors } = this;
    if (errors === -1) return true;
    const { length } = this.pattern;
    // A stretch within k edits is at most m + k long.
    const reach = length + errors;
    // Kept to the pattern's bits, so the sum below stays a small integer (up to 30 bits) rather than a heap number.
    const bits = length >= 31 ? -1 : (1 << length) - 1;
    // Column by column of the edit-distance table, up to 32 rows at a time,
    // kept as vertical differences: +1 rows in `plus`, -1 rows in `minus`. Row 0
    // is all zeros, so a stretch may start anywhere; `edits` is the last row.
    let plus = bits;
    let minus = 0;
    let edits = length;
    let found = false;
    for (let j = 0, end = text.length; j < end; j++) {
      const equal = positions[text.charCodeAt(j)] as number;
      const vertical = equal | minus;
      const horizontal = (((equal & plus) + plus) ^ plus) | equal;
      let rises = minus | ~(horizontal | plus);
      let falls = plus & horizontal;
      if (rises & lastBit) edits++;
      else if (falls & lastBit) edits--;
      if (edits <= errors) {
        if (!pairs) return true;
        found = true;
        const start = Math.max(0, j - reach + 1);
        if (pairs.length > 0 && start <= (pairs[pairs.length - 1] as number)) pairs[pairs.length - 1] = j + 1;
        else pairs.push(start, j + 1);
      }
      rises <<= 1;
      falls <<= 1;
      plus = (falls | ~(vertical | rises)) & bits;
      minus = rises & vertical;
    }
    return found;
  }
}

/**
 * Cuts values down to what Fuse must see to give each of several patterns the
 * same verdict and score as on the whole value (see above).
 */
export class MatchCutter {
  readonly checks: readonly PatternCheck[];
  /** A run of one unit none of the patterns holds, one longer than the most edits any of them allows. */
  private readonly filler: string;

  constructor(patterns: readonly string[], threshold: number) {
    this.checks = patterns.map((pattern) => new PatternCheck(pattern, threshold));
    const used = new Set(this.checks.flatMap((check) => Array.from(check.pattern, (_, i) => check.pattern.charCodeAt(i))));
    let unit = 0;
    while (used.has(unit)) unit++;
    this.filler = String.fromCharCode(unit).repeat(Math.max(...this.checks.map((check) => check.errors)) + 1);
  }

  /** `text` (lower-cased) as Fuse needs it, or '' when no pattern could match it. */
  cut(text: string): string {
    let pairs: number[] | undefined;
    let whole = false;
    for (const check of this.checks) {
      const stretches = check.stretches(text);
      if (stretches === undefined) continue;
      if (stretches === true) whole = true;
      else pairs = pairs ? pairs.concat(stretches) : stretches;
    }
    if (whole) return text;
    if (!pairs) return '';
    const cut = this.join(text, pairs);
    // Fuse scores a value equal to its pattern 0, not 0.001: a cut must not become one.
    return cut.length < text.length && !this.checks.some((check) => check.pattern === cut) ? cut : text;
  }

  /** The stretches of several patterns, in order, joined by fillers; stretches closer than a filler stay joined by the text between. */
  private join(text: string, pairs: number[]): string {
    const order = Array.from({ length: pairs.length / 2 }, (_, i) => 2 * i).sort((a, b) => (pairs[a] as number) - (pairs[b] as number));
    const parts: string[] = [];
    let start = -1;
    let end = -1;
    for (const i of order) {
      const from = pairs[i] as number;
      const to = pairs[i + 1] as number;
      if (start !== -1 && from <= end + this.filler.length) end = Math.max(end, to);
      else {
        if (start !== -1) parts.push(text.slice(start, end));
        start = from;
        end = to;
      }
    }
    parts.push(text.slice(start, end));
    return parts.join(this.filler);
  }
}
