/** "United Kingdom", "united_kingdom" and " UNITED-kingdom " all become "united-kingdom". */
export function normalizeKey(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
