import Fuse from 'fuse.js';

/**
 * The known values closest to what was typed, best first. Used for "did you mean"
 * hints; the caller never acts on a suggestion by itself.
 */
export function suggest(input: string, known: readonly string[], limit = 3): string[] {
  const fuse = new Fuse(known, { includeScore: true, threshold: 0.45, ignoreLocation: true });
  return fuse
    .search(input)
    .slice(0, limit)
    .map((result) => result.item);
}

/** "unknown region 'eurpe'; did you mean 'europe'? Regions: …" in one line. */
export function unknownValueMessage(what: string, input: string, known: readonly string[], plural = `${what}s`): string {
  const [closest] = suggest(input, known);
  const hint = closest === undefined ? '' : ` (did you mean '${closest}'?)`;
  return `unknown ${what} '${input}'${hint}. ${capitalize(plural)}: ${known.join(', ')}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
