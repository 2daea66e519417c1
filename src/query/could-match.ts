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
  /** How often each UTF-16 unit occurs in the lower-cased pattern (Fuse compares units, text[i]). */
  private readonly wanted = new Map<number, number>();
  /** How many pattern characters a stretch must hold; 0 rules nothing out. */
  private readonly needed: number;
  /** The longest stretch a match can span. */
  private readonly span: number;

  constructor(pattern: string, threshold: number) {
    const lower = pattern.toLowerCase();
    for (let i = 0; i < lower.length; i++) this.wanted.set(lower.charCodeAt(i), (this.wanted.get(lower.charCodeAt(i)) ?? 0) + 1);
    const length = lower.length;
    // The same arithmetic as Fuse's score, errors / length <= threshold, so rounding cannot differ.
    let errors = 0;
    while (errors + 1 < length && (errors + 1) / length <= threshold) errors++;
    this.needed = length > MAX_BITS ? 0 : length - errors;
    this.span = length + errors;
  }

  /** False only when Fuse certainly finds no match in `text`, which must be lower-cased. */
  couldMatch(text: string): boolean {
    const { needed, span, wanted } = this;
    if (needed === 0) return true;
    if (text.length < needed) return false;
    // Slide a window of `span` units along the text, keeping how many pattern characters it holds.
    const inWindow = new Map<number, number>();
    let held = 0;
    for (let end = 0; end < text.length; end++) {
      const added = text.charCodeAt(end);
      const want = wanted.get(added);
      if (want !== undefined) {
        const count = (inWindow.get(added) ?? 0) + 1;
        inWindow.set(added, count);
        if (count <= want && ++held >= needed) return true;
      }
      if (end >= span - 1) {
        const removed = text.charCodeAt(end - span + 1);
        const wantRemoved = wanted.get(removed);
        if (wantRemoved !== undefined) {
          const count = inWindow.get(removed) as number;
          inWindow.set(removed, count - 1);
          if (count <= wantRemoved) held--;
        }
      }
    }
    return false;
  }
}
