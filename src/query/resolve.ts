import Fuse from 'fuse.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Directory, Resource, Section } from '../model.js';
import { exactAmong, resourceCandidates, sectionCandidates } from './names.js';
import type { Candidate } from './names.js';
import { normalizeKey } from './normalize.js';
import { SearchIndex, matchQuality } from './search.js';
import type { HitKind } from './search.js';
import { contentTerms } from './terms.js';

export interface Resolved<T> {
  item: T;
  /** False when the name was a near miss that could only mean this one. */
  exact: boolean;
}

/** A fuzzy match counts as sure only when it is this close (Fuse score, 0 = perfect: about one typo in six letters)… */
const SURE_SCORE = 0.2;
/** …and this much closer than the best other candidate. */
const SURE_MARGIN = 0.1;

/** Input more than this many times as long as the longest name is no near miss of any. */
const NEAR_MISS_LENGTH = 2;

/** A near miss found by search is taken when search is this sure of it (relevance)… */
const SURE_RELEVANCE = 0.75;
/** …and its name is this much nearer to what was typed than the next hit's. */
const NAME_MARGIN = 0.15;

/**
 * How near a name is to what was typed, word by word (typos and prefixes
 * allowed): the balance (F1) of the share of typed words in the name and the
 * share of the name's words typed. "sarcoma allience" is 1 for "Sarcoma
 * Alliance" and about 0.6 for "SARC (Sarcoma Alliance for Research…)".
 */
export function nameNearness(typed: readonly string[], name: string): number {
  const own = contentTerms(name);
  if (typed.length === 0 || own.length === 0) return 0;
  // A typed word finds a name's word as search finds words: whole, as its start, or with a typo; never the other way ("sarc" is not "sarcoma").
  const finds = (t: string, o: string) => matchQuality(t, o) > 0;
  const precision = typed.filter((t) => own.some((o) => finds(t, o))).length / typed.length;
  const recall = own.filter((o) => typed.some((t) => finds(t, o))).length / own.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * The one record a near miss can only mean, by search: the best hit of the
 * kinds asked for, when search is sure of it and its name is clearly nearer to
 * what was typed than the next hit's ("macmilan", "sarcoma uk support line").
 */
function bySearch<T>(candidates: Candidate<T>[], directory: Directory, input: string, kinds: readonly HitKind[]): T | undefined {
  const hits = new SearchIndex(directory).search(input, { kinds, limit: 2 });
  const [best, next] = hits;
  if (!best || best.relevance < SURE_RELEVANCE) return undefined;
  const typed = contentTerms(input);
  const nearness = (id: string) => Math.max(0, ...(candidates.find((c) => c.id === id)?.names ?? []).map((name) => nameNearness(typed, name)));
  if (next && nearness(best.id) - nearness(next.id) < NAME_MARGIN) return undefined;
  return candidates.find((c) => c.id === best.id)?.item;
}

function resolveAmong<T>(candidates: Candidate<T>[], input: string, what: string, bySearch?: () => T | undefined): Resolved<T> {
  const key = normalizeKey(input);
  if (key === '') throw new UsageError(`give the ${what} to show, e.g. its id`);
  const exact = exactAmong(candidates, input);
  if (exact) return { item: exact, exact: true };

  // One entry per name, each scored on its own: Fuse multiplies the scores of
  // several matching entries in one array, which would let many weak alias
  // matches add up to a confident-looking one.
  const names = candidates.flatMap((candidate) => candidate.names.map((name) => ({ candidate, name: normalizeKey(name).replace(/-/g, ' ') })));
  // Far longer than every name, it is a near miss of none: not worth the fuzzy matching, which slows with the length typed.
  if (key.length > NEAR_MISS_LENGTH * Math.max(...names.map((n) => n.name.length))) throw new NotFoundError(`no ${what} named '${input}'`, []);
  const fuse = new Fuse(names, { keys: ['name'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.45 });
  const query = key.replace(/-/g, ' ');
  // Among equal scores, the name nearest in length to what was typed is the likelier meaning.
  const results = fuse.search(query).sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || Math.abs(a.item.name.length - query.length) - Math.abs(b.item.name.length - query.length));
  const ranked: Array<{ candidate: Candidate<T>; score: number }> = [];
  for (const { item, score = 1 } of results) {
    if (!ranked.some((r) => r.candidate === item.candidate)) ranked.push({ candidate: item.candidate, score });
  }
  const [best, next] = ranked;
  if (best && best.score <= SURE_SCORE && (next === undefined || next.score - best.score >= SURE_MARGIN)) {
    return { item: best.candidate.item, exact: false };
  }
  const found = bySearch?.();
  if (found !== undefined) return { item: found, exact: false };
  throw new NotFoundError(
    `no ${what} named '${input}'`,
    ranked.slice(0, 3).map((r) => r.candidate.id),
  );
}

/** A section by id, alias or title, forgiving small typos; NotFoundError with candidates when unsure. */
export function resolveSection(directory: Directory, name: string): Resolved<Section> {
  const candidates = sectionCandidates(directory);
  return resolveAmong(candidates, name, 'section', () => bySearch(candidates, directory, name, ['section']));
}

/** A resource by id, name, alias or former name, forgiving small typos; NotFoundError with candidates when unsure. */
export function resolveResource(directory: Directory, name: string): Resolved<Resource> {
  const candidates = resourceCandidates(directory);
  return resolveAmong(candidates, name, 'resource', () => bySearch(candidates, directory, name, ['resource', 'centre']));
}
