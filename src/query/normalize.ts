const ASCII = /^[\x20-\x7e]*$/;

/** "United Kingdom", "united_kingdom" and " UNITED-kingdom " all become "united-kingdom"; "Côte d'Ivoire" becomes "cote-d-ivoire". */
export function normalizeKey(input: string): string {
  // Plain ASCII, the common case, needs no Unicode tables: V8 builds those for a \p{…} pattern on first use, at a cost of milliseconds.
  if (ASCII.test(input)) {
    return input
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A key that sorts names as a reader expects, ignoring case and accents ("Éire" beside "Eire"). */
export function sortKey(name: string): string {
  return ASCII.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Each name's place when the names are sorted by sortKey, equal keys in the
 * order given. The build ranks the shipped records once (shipped-table.ts), so
 * a list of them sorts without making a key for each.
 */
export function nameRanks(names: readonly string[]): Uint32Array {
  const keys = names.map(sortKey);
  const byName = keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : (keys[a] as string) > (keys[b] as string) ? 1 : a - b));
  const ranks = new Uint32Array(names.length);
  byName.forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}

/** Letters that Unicode does not decompose into a base letter and a mark, as people type them without the key. */
const LATIN_LETTERS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l' };

// Made from the table's keys, which the build writes as escapes: a pattern with the letters themselves
// would make its whole bundle a two-byte string, twice the memory of every run that loads it.
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');

/** Lower-case text with each letter of LATIN_LETTERS spelt as people type it without the key. */
export function latinLetters(text: string): string {
  return text.replace(LATIN_LETTER, (c) => LATIN_LETTERS[c] as string);
}

/** A name folded as places are (normalizeKey), in Latin letters only: København is københavn is kobenhavn. */
export function latinKey(name: string): string {
  const key = normalizeKey(name);
  return /^[a-z0-9-]*$/.test(key) ? key : latinLetters(key);
}
