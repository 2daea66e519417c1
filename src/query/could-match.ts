// Which field values Fuse could possibly match, decided before Fuse sees them.
// Fuse runs its Bitap search on every value of every document (each alias and
// type name on its own), several passes over each. Its Bitap lets a pattern of
// m characters match with at most k errors, where k is the most errors whose
// score k / m stays within the threshold; every pattern character that is not
// an error is matched to its own, equal character of the text, and the match
// spans at most m + k characters. So a value with no stretch of m + k
// characters holding m - k of the pattern's characters (counted with repeats)
// cannot match, and leaving it out changes no result. Fuse splits patterns
// longer than 32 characters into pieces that match separately; those are never
// ruled out here.

/** Fuse's longest pattern searched in one piece (Bitap works on a 32-bit mask). */
const MAX_BITS = 32;

export class PatternCheck {
  /**
   * How often each UTF-16 unit occurs in the lower-cased pattern (Fuse compares
   * units, text[i]), by unit: a table rather than a map, since it is read for
   * every character of every value searched.
   */
  private readonly wanted = new Uint8Array(0x10000);
  /** The distinct units of the pattern. */
  private readonly units: number[] = [];
  /** Scratch counts for couldMatch, by unit; all zero between calls. */
  private readonly inWindow = new Uint8Array(0x10000);
  /** How many pattern characters a stretch must hold; 0 rules nothing out. */
  private readonly needed: number;
  /** The longest stretch a match can span. */
  private readonly span: number;

  constructor(pattern: string, threshold: number) {
    const lower = pattern.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      const unit = lower.charCodeAt(i);
      if (this.wanted[unit] === 0) this.units.push(unit);
      this.wanted[unit] = (this.wanted[unit] as number) + 1;
    }
    const length = lower.length;
    // The same arithmetic as Fuse's score, errors / length <= threshold, so rounding cannot differ.
    let errors = 0;
    while (errors + 1 < length && (errors + 1) / length <= threshold) errors++;
    this.needed = length > MAX_BITS ? 0 : length - errors;
    this.span = length + errors;
  }

  /** False only when Fuse certainly finds no match in `text`, which must be lower-cased. */
  couldMatch(text: string): boolean {
    const { needed, span, wanted, inWindow } = this;
    if (needed === 0) return true;
    if (text.length < needed) return false;
    // Slide a window of `span` units along the text, keeping how many pattern characters it holds.
    let held = 0;
    let found = false;
    for (let end = 0; end < text.length; end++) {
      const added = text.charCodeAt(end);
      const want = wanted[added] as number;
      if (want !== 0 && ++(inWindow[added] as number) <= want && ++held >= needed) {
        found = true;
        break;
      }
      if (end >= span - 1) {
        const removed = text.charCodeAt(end - span + 1);
        const wantRemoved = wanted[removed] as number;
        if (wantRemoved !== 0 && (inWindow[removed] as number)-- <= wantRemoved) held--;
      }
    }
    for (const unit of this.units) inWindow[unit] = 0;
    return found;
  }
}
