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

/** Letters that Unicode does not decompose into a base letter and a mark, as people type them without the key. */
export const LATIN_LETTERS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l' };

/** A name folded as places are (normalizeKey), in Latin letters only: København is københavn is kobenhavn. */
export function latinKey(name: string): string {
  const key = normalizeKey(name);
  return /^[a-z0-9-]*$/.test(key) ? key : key.replace(/[øæœßłđðþıħŀ]/g, (c) => LATIN_LETTERS[c] as string);
}
