import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { mayStem, words } from '../../src/query/terms.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every ending of one to three letters, after stems short and long (the stemmer's rules weigh the stem's vowels and consonants). */
function everyEnding(): string[] {
  const endings = [...LETTERS];
  for (const a of LETTERS) for (const b of LETTERS) endings.push(a + b);
  for (const a of LETTERS) for (const b of LETTERS) for (const c of LETTERS) endings.push(a + b + c);
  return ['b', 'ca', 'sarcom', 'consider', 'strength'].flatMap((stem) => endings.map((ending) => stem + ending));
}

describe('words the stemmer leaves alone', () => {
  it('are only words without an ending the stemmer acts on', () => {
    const shipped = ['resources.json', 'centres.json', 'sections.json'].flatMap((file) => words(readFileSync(join(ROOT, 'data', file), 'utf8')));
    const changed = [...new Set([...shipped, ...everyEnding()])].filter((word) => word.length > 3 && !mayStem(word) && stemmer(word) !== word);
    expect(changed).toEqual([]);
  });

  it('include names and typos, which then need no stemmer', () => {
    expect(['secnd', 'opinion', 'sarcoma', 'karolinska', 'christie', 'leeds'].filter(mayStem)).toEqual(['christie', 'leeds']);
  });
});
