import { distance } from 'fastest-levenshtein';

/**
 * The known values closest to what was typed, best first, by edit distance.
 * Only near misses count (at most about a third of the word changed); the
 * caller shows them as hints and never acts on one by itself.
 */
export function suggest(input: string, known: readonly string[], limit = 3): string[] {
  const typed = input.trim().toLowerCase();
  const limitFor = (value: string) => Math.max(1, Math.floor(Math.max(typed.length, value.length) / 3));
  return known
    .map((value, index) => ({ value, index, d: distance(typed, value.toLowerCase()) }))
    .filter(({ value, d }) => d <= limitFor(value) || value.toLowerCase().startsWith(typed))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .slice(0, limit)
    .map(({ value }) => value);
}

/** "unknown region 'eurpe' (did you mean 'europe'?). Regions: …" in one line. */
export function unknownValueMessage(what: string, input: string, known: readonly string[], plural = `${what}s`): string {
  const [closest] = suggest(input, known);
  const hint = closest === undefined ? '' : ` (did you mean '${closest}'?)`;
  return `unknown ${what} '${input}'${hint}. ${capitalize(plural)}: ${known.join(', ')}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
