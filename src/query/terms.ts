// How search reads words, the same way in the documents and in a query: letters
// folded (case, accents, ø, ß), UK and US spellings made one, a light stem, and
// the words that carry no meaning of their own left out.
import { eng } from 'stopword';
import { stemmer } from 'stemmer';
import { latinLetters } from './normalize.js';

/**
 * Words people put around a question that the stop-word list keeps: auxiliaries
 * ("will", "does"), fillers ("just", "really") and how-often words. None of them
 * names anything in the directory; matched, they would only add noise.
 */
const QUESTION_WORDS = [
  'will', 'just', 'does', 'doing', 'done', 'when', 'why', 'whom', 'whose', 'often', 'need', 'needs', 'want', 'wants',
  'near', 'someone', 'anyone', 'something', 'anything', 'please', 'tell', 'know', 'really', 'im', 'ive', 'dont', 'cant',
  'its', 'theres', 'whats', 'shall', 'may', 'mine', 'best', 'good', 'better', 'yours', 'am', 'been', 'being', 'i', 'me', 'my', 'our',
];

/**
 * Question words and the stop-word list's. Both are written as `words` reads a
 * text, lower case without accents or apostrophes (a test holds them to it), so
 * they are taken as they are: folding each one cost every search a third of a
 * millisecond.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...QUESTION_WORDS]);

/** Lower case without accents: "Sarkomföreningen" and "sarkomforeningen" are one word. */
export function foldLetters(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII, the common case, needs no Unicode tables.
  if (/^[ -~\t\n\r]*$/.test(lower)) return lower;
  return latinLetters(lower.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** The words of a text, folded, in order: letters and digits, split at anything else. */
export function words(text: string): string[] {
  const folded = foldLetters(text).replace(/['\u2019]/g, '');
  // Plain ASCII needs no Unicode tables, which V8 builds on a pattern's first use.
  const split = /^[ -~\t\n\r]*$/.test(folded) ? folded.split(/[^a-z0-9]+/) : folded.split(/[^\p{L}\p{N}]+/u);
  return split.filter((w) => w !== '');
}

/**
 * British spellings written the American way, so either finds both: tumour,
 * centre, organisation, counselling, paediatric, oesophagus, catalogue, analyse.
 * Applied to every word on both sides, so a rule that also touches an unrelated
 * word ("michael") changes nothing a search can notice. Each rule says what a
 * word it can change ends with (or holds, or starts with): V8 compiles a
 * pattern when it is first used, and most words need none of them.
 */
const SPELLINGS: ReadonlyArray<[(word: string) => boolean, RegExp, string]> = [
  [endsWith('our', 'ours'), /(?<=\w{2})our(s?)$/, 'or$1'],
  [endsWith('tre', 'tres'), /(?<=[^aeiou])tre(s?)$/, 'ter$1'],
  [endsWith('ise', 'ises', 'ised', 'ising', 'isation', 'isations'), /(?<=\w{3})is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [endsWith('yse', 'yses', 'ysed', 'ysing'), /(?<=\w{3})ys(e|es|ed|ing)$/, 'yz$1'],
  [endsWith('lling', 'lled', 'llor', 'llors'), /(?<=[aeiou])ll(ing|ed|or|ors)$/, 'l$1'],
  [endsWith('ogue', 'ogues'), /(?<=\w{3})ogue(s?)$/, 'og$1'],
  [(word) => word.includes('ae'), /ae/g, 'e'],
  [(word) => word.startsWith('oe'), /^oe/, 'e'],
];

function endsWith(...endings: string[]): (word: string) => boolean {
  return (word) => endings.some((ending) => word.endsWith(ending));
}

export function americanSpelling(word: string): string {
  let out = word;
  for (const [applies, pattern, replacement] of SPELLINGS) if (applies(out)) out = out.replace(pattern, replacement);
  return out;
}

/**
 * The endings the Porter stemmer acts on, or words ending in them do (the
 * stemmer package's steps 1 to 5: -s, -ed, -ing, -y, -ational, -ness, -ment,
 * -tion, -e, -ll and the rest), shortened where a shorter ending covers them.
 * A word with none of them is its own stem. The stemmer is a dozen patterns,
 * which V8 compiles when first used, a millisecond of a search; most words of
 * a query, names and typos among them, need none of them.
 */
const STEMMED_ENDINGS = ['s', 'e', 'y', 'i', 'l', 'ed', 'ing', 'er', 'or', 'sion', 'tion', 'ism', 'ic', 'nt', 'ou'];

/** Whether the stemmer could change a (folded, lower-case) word. */
export function mayStem(word: string): boolean {
  return STEMMED_ENDINGS.some((ending) => word.endsWith(ending));
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57) return true;
  return false;
}

/** A word as the index keeps it: one spelling, stemmed (Porter: plurals, -ing, -ed and the like). */
export function termOf(word: string): string {
  // Numbers and short words (codes, acronyms: "uk", "lms", "gist") stay as they are.
  if (word.length <= 3 || hasDigit(word)) return word;
  const spelt = americanSpelling(word);
  return mayStem(spelt) ? stemmer(spelt) : spelt;
}

/** Stems are many times repeated across documents: each is worked out once per run. */
const termCache = new Map<string, string>();

/** The term the index keeps for a folded word (stop words too: a query of nothing else looks for them). */
export function indexTerm(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    term = termOf(word);
    termCache.set(word, term);
  }
  return term;
}

/** The terms of a text, in order, as the index keeps them. */
export function termsOf(text: string): string[] {
  return words(text).map(indexTerm);
}

/** A query's words that carry meaning, as terms, each once and in order. When every word is a stop word, those words. */
export function queryTerms(query: string): string[] {
  const all = words(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((content.length > 0 ? content : all).map(indexTerm))];
}

/** A text's words that carry meaning, as terms, in order (names too: "Sarcoma Alliance for Research" has three). */
export function contentTerms(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w)).map(indexTerm);
}
