// Rows of a part of the directory (a data file's records) as search reads
// them: their index, and what search ranks and shows of each (its entry) kept
// beside it, so a search ranks every row without reading a record. A large
// file's index file holds these; other records are indexed when searched.
import type { Resource, Vocabularies } from '../model.js';
import { entryOf, resourceDocument, shownStatuses, vocabularyOf } from './documents.js';
import type { Entry } from './documents.js';
import { packIndex, termIndex } from './engine.js';
import type { PackedIndex, TermIndex } from './engine.js';

/** Texts one per row, joined: row i's is text.slice(starts[i], starts[i + 1]). */
export interface TextList {
  text: string;
  starts: ArrayLike<number>;
}

/** A row's flags: a treatment centre; shown by default (not merged or closed). */
export const CENTRE = 1;
export const LIVE = 2;

/** Rows indexed for search: document d of the index is row d. As made, the index is in flat arrays (PackedIndex); as read, a TermIndex. */
export interface IndexedRows<Index = TermIndex> {
  index: Index;
  titles: TextList;
  /** Each row's entry names (see Entry). */
  names: TextList;
  flags: Uint8Array;
}

function textList(texts: readonly string[]): TextList {
  const starts = new Uint32Array(texts.length + 1);
  texts.forEach((text, i) => (starts[i + 1] = (starts[i] as number) + text.length));
  return { text: texts.join(''), starts };
}

const textAt = ({ text, starts }: TextList, row: number) => text.slice(starts[row] as number, starts[row + 1] as number);

/** Indexes records, and keeps their entries. */
export function indexRows(resources: readonly Resource[], vocabularies: Vocabularies): IndexedRows<PackedIndex> {
  const vocabulary = vocabularyOf(vocabularies);
  const shown = shownStatuses(vocabularies);
  const titles: string[] = [];
  const names: string[] = [];
  const flags = new Uint8Array(resources.length);
  resources.forEach((r, row) => {
    const entry = entryOf(r, shown);
    titles.push(entry.title);
    names.push(entry.names);
    flags[row] = (entry.kind === 'centre' ? CENTRE : 0) | (entry.live ? LIVE : 0);
  });
  return {
    index: packIndex(resources.length, (row) => resourceDocument(resources[row] as Resource, vocabulary)),
    titles: textList(titles),
    names: textList(names),
    flags,
  };
}

/** Rows as made, as search reads them. */
export function readable(rows: IndexedRows<PackedIndex>): IndexedRows {
  return { ...rows, index: termIndex(rows.index) };
}

/** The kind of row `row`: a search asks it of every row it matches, and its entry only of those it ranks. */
export function rowKind(rows: IndexedRows, row: number): 'centre' | 'resource' {
  return (rows.flags[row] as number) & CENTRE ? 'centre' : 'resource';
}

/** Whether row `row` is live. */
export function rowLive(rows: IndexedRows, row: number): boolean {
  return ((rows.flags[row] as number) & LIVE) !== 0;
}

/** The entry of row `row`, whose id is `id`. */
export function rowEntry(rows: IndexedRows, row: number, id: string): Entry {
  return { kind: rowKind(rows, row), id, title: textAt(rows.titles, row), live: rowLive(rows, row), names: textAt(rows.names, row) };
}
