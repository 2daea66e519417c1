// Data files loaded into the directory: each from its index where it has a
// sound one (index-file.ts), else read and checked (data-files.ts, with the
// schema validators and the phone library, loaded only then), and merged with
// the directory's resources.
import { DataError } from '../errors.js';
import type { Directory, Resource } from '../model.js';
import { normalizeKey } from '../query/normalize.js';
import { Coding } from './columns.js';
import { indexOf, readIndexFile } from './index-file.js';
import { IMPORTED_ID_PREFIX, successorRefs, unknownSuccessor } from './records.js';
import { PartsStore, Placements, RecordsPart, directoryWithStore, freezeDeep } from './store.js';
import type { TablePart } from './store.js';
import type { DataFile, SkippedRecord } from './data-files.js';

export interface Replacement {
  id: string;
  path: string;
}

/** An imported record named as a record loaded before it is: both stay, as records of their own. */
export interface Resemblance {
  id: string;
  path: string;
  /** The id of the record of that name loaded before it (a shipped one, or another file's). */
  like: string;
}

/** The names a record answers to when an import is compared with it: its id, name (also without a bracketed acronym) and other names. */
function namesOf(record: Resource): string[] {
  return [record.id, record.name, record.name.replace(/\s*\([^)]*\)\s*$/, ''), ...record.aliases];
}

/**
 * Imported records (minted ids, hsds-…) whose name is the name or another name
 * of a record loaded before them: a 211 export's "American Cancer Society" is a
 * local office, not the curated national record, so it is added beside it and
 * the user is told. Files read from their index were told so when first read.
 */
function resemblances(base: () => readonly Resource[], files: readonly LoadedFile[]): Resemblance[] {
  let known: Map<string, string> | undefined;
  const found: Resemblance[] = [];
  for (const { path, resources } of files) {
    for (const record of resources ?? []) {
      if (!record.id.startsWith(IMPORTED_ID_PREFIX)) continue;
      // Reversed, so that where two records share a name the first one loaded is named.
      known ??= new Map(base().flatMap((r) => namesOf(r).map((name) => [normalizeKey(name), r.id] as const)).reverse());
      const like = known.get(normalizeKey(record.name));
      if (like !== undefined) found.push({ id: record.id, path, like });
    }
  }
  return found;
}

export interface DataFilesOptions {
  /**
   * Where to keep an index of each large data file (see index-file.ts), so the
   * next run that loads the same, unchanged file skips reading and checking it.
   * Without one, every file is read in full.
   */
  cacheDirectory?: string;
  /** Load the valid records of each file and report the others (SkippedRecord), rather than refuse a file with any. */
  skipInvalid?: boolean;
}

/** A checked data file as rows: records in memory, or its index. */
export interface LoadedFile {
  path: string;
  part: TablePart;
  controls: boolean;
  /** Successors its records name that the merge must find: [row, id]. */
  successors: ReadonlyArray<[number, string]>;
  /** Large enough to index: the directory then keeps its store rather than make one for each query. */
  large: boolean;
  /** Its records, when they are in memory (not read from an index). */
  resources?: readonly Resource[];
  /** Records left out (skipInvalid). */
  skipped: SkippedRecord[];
  /** How the file was read (see DataFile). */
  notes: string[];
}

export function fromRecords(file: DataFile, part: RecordsPart, large = false): LoadedFile {
  return { path: file.path, part, controls: file.controls !== false, successors: successorRefs(file.resources), large, resources: file.resources, skipped: file.skipped ?? [], notes: file.notes ?? [] };
}

/** A data file from its index, when it has a sound one for the file as it is now; otherwise undefined, and the file must be read. */
export function loadIndexed(path: string, { cacheDirectory }: DataFilesOptions): LoadedFile | undefined {
  const at = indexOf(path, cacheDirectory);
  const part = at && readIndexFile(at.file, at.key);
  // Only a file with nothing to leave out is ever indexed, so its index stands for all of it.
  return part && { path, part, controls: false, successors: part.successors, large: true, skipped: [], notes: [] };
}

/**
 * The order of the merged table: each id in the place where it first appears,
 * with the record of the last file that has it. Ids are unique within each
 * part (checked when it was read). Most runs load one large file whose ids
 * appear nowhere else: its rows then go in as a block, without a map entry for
 * each of them, and only the others are looked up.
 */
function merge(parts: readonly TablePart[], files: readonly LoadedFile[]): { placements: Placements; contains: (id: string) => boolean; replaced: Replacement[] } {
  const placements = new Placements(parts);
  // Asked once: the ids of records held in memory are made on each request.
  const idsOf = parts.map((part) => part.ids);
  const largest = parts.reduce((best, part, p) => (part.size > (parts[best] as TablePart).size ? p : best), 0);
  const others = new Set(idsOf.flatMap((ids, p) => (p === largest ? [] : ids)));
  const apart = !(idsOf[largest] as readonly string[]).some((id) => others.has(id));
  const rowOfId = new Map<string, number>();
  const replaced: Replacement[] = [];
  parts.forEach((part, p) => {
    if (p === largest && apart) {
      placements.addAll(p, part.size);
      return;
    }
    (idsOf[p] as readonly string[]).forEach((id, row) => {
      const at = rowOfId.get(id);
      if (at === undefined) {
        rowOfId.set(id, placements.add(p, row));
      } else {
        placements.set(at, p, row);
        replaced.push({ id, path: (files[p - 1] as LoadedFile).path });
      }
    });
  });
  // Successors are few: the block's ids are gathered only if one is not found elsewhere.
  let block: Set<string> | undefined;
  const contains = (id: string) => rowOfId.has(id) || (apart && (block ??= new Set(idsOf[largest])).has(id));
  return { placements, contains, replaced };
}

/** What loading data files gives: the directory, and what to tell the user of it. */
export interface LoadedFiles {
  directory: Directory;
  replaced: Replacement[];
  resembling: Resemblance[];
  skipped: Array<{ path: string; records: SkippedRecord[]; loaded: number }>;
  notes: string[];
  controls: boolean;
}

/**
 * The directory with the files' resources added, in order: a record whose id
 * already exists replaces it. Every file is loaded and checked before anything
 * is merged, so a bad file leaves nothing half-loaded.
 */
export function mergeFiles(base: Directory, paths: readonly string[], load: (path: string, coding: Coding, at: number) => LoadedFile): LoadedFiles {
  const coding = new Coding(base.vocabularies);
  const files: LoadedFile[] = [];
  const problems: string[] = [];
  for (const [at, path] of paths.entries()) {
    try {
      files.push(load(path, coding, at));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new DataError(problems);

  // The shipped records stay in their table, each read when shown; another directory's are its list.
  const table = base.store?.wholePart();
  const parts = [table ?? new RecordsPart(base.resources, coding), ...files.map((f) => f.part)];
  const { placements, contains, replaced } = merge(parts, files);
  const dangling = files.flatMap(({ path, part, successors }) =>
    successors.filter(([, successor]) => !contains(successor)).map(([row, successor]) => unknownSuccessor(path, row, part.ids[row] as string, successor)),
  );
  if (dangling.length > 0) throw new DataError(dangling);
  const store = new PartsStore(coding, parts, placements);
  const controls = files.some((f) => f.controls);
  const resembling = resemblances(() => base.resources, files);
  const skipped = files.filter((f) => f.skipped.length > 0).map((f) => ({ path: f.path, records: f.skipped, loaded: f.part.size }));
  const notes = files.flatMap((f) => f.notes);
  // Small files: a plain directory, whose queries make their store from its records as they are then.
  if (!files.some((f) => f.large)) {
    const { sections, vocabularies, about, checklist } = base;
    return { directory: { sections, vocabularies, about, checklist, resources: store.records() }, replaced, resembling, skipped, notes, controls };
  }
  // A large file: the directory keeps its store (its columns come from the index, or were made for writing it),
  // and the records it holds in memory are frozen, so what its columns say of them stays true.
  if (!table) freezeDeep(base.resources);
  for (const { resources } of files) if (resources) freezeDeep(resources);
  return { directory: directoryWithStore(base, store), replaced, resembling, skipped, notes, controls };
}

/**
 * As mergeFiles, loading each file from its index where it can, and the code
 * that reads and checks a file (data-files.ts) only when one must be read.
 */
export async function loadDataFiles(base: Directory, paths: readonly string[], options: DataFilesOptions = {}): Promise<LoadedFiles> {
  const indexed = paths.map((path) => loadIndexed(path, options));
  const { readWhole } = indexed.some((file) => file === undefined) ? await import('./data-files.js') : { readWhole: undefined };
  return mergeFiles(base, paths, (path, coding, at) => indexed[at] ?? (readWhole as NonNullable<typeof readWhole>)(path, base.vocabularies, coding, options));
}
