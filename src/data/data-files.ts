import { statSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { basename } from 'node:path';
import { DataError } from '../errors.js';
import { isValidResources } from '../generated/fast-validators.js';
import { validateHsdsOrganizations, validateResources } from '../generated/validators.js';
import type { Directory, Resource, Vocabularies } from '../types.js';
import { IMPORTED_ID_PREFIX, fromHsds } from './hsds-import.js';
import { shippedGazetteer } from './gazetteer-files.js';
import type { HsdsOrganization } from './hsds-import.js';
import { INDEX_FROM_BYTES, indexKey, indexPath, readIndexFile, worthIndexing, writeIndexFile } from './index-file.js';
import { completeResource, resourceReferenceProblems, successorRefs, unknownSuccessor } from './load.js';
import type { ResourceInput } from './load.js';
import { readJsonFile } from './read-json.js';
import { normalizeKey } from '../query/normalize.js';
import { Coding } from './columns.js';
import { PartsStore, Placements, RecordsPart, directoryWithStore, freezeDeep } from './store.js';
import type { TablePart } from './store.js';
import { describeSchemaErrors } from './schema-errors.js';

export type DataFormat = 'lms' | 'hsds';

export interface DataFile {
  path: string;
  format: DataFormat;
  resources: Resource[];
  /** False when its strings certainly hold no control characters (see mayHoldControls). */
  controls?: boolean;
}

/** lms records carry fields HSDS has no name for; anything else is read as HSDS. */
function detectFormat(items: readonly unknown[]): DataFormat {
  const first = items[0];
  const lmsKeys = ['verification', 'regions', 'types', 'origin'];
  return first && typeof first === 'object' && lmsKeys.some((k) => k in first) ? 'lms' : 'hsds';
}

/**
 * Checks parsed JSON as a data file: the project's own format (an array of
 * resources, or one) or Open Referral HSDS 3.0 (an array of organizations, or
 * one). Returns its resources, or throws a DataError with every problem.
 */
export function parseDataFile(data: unknown, path: string, vocabularies: Vocabularies): DataFile {
  if (data === null || typeof data !== 'object') {
    throw new DataError([`${path}: expected a JSON array of resources (as 'lms resources --json' prints) or of HSDS organizations, not ${data === null ? 'null' : typeof data}`]);
  }
  const items: unknown[] = Array.isArray(data) ? data : [data];
  const format = detectFormat(items);
  if (format === 'lms') {
    // The quick check settles a valid file; only a bad one pays for the full list of errors.
    if (!isValidResources(items)) {
      validateResources(items);
      throw new DataError(describeSchemaErrors(path, items, validateResources.errors ?? []));
    }
    const resources = (items as ResourceInput[]).map(completeResource);
    const problems = resourceReferenceProblems(resources, vocabularies, path);
    if (problems.length > 0) throw new DataError(problems);
    return { path, format, resources };
  }
  if (!validateHsdsOrganizations(items)) throw new DataError(describeSchemaErrors(path, items, validateHsdsOrganizations.errors ?? []));
  const { resources, problems } = fromHsds(items as HsdsOrganization[], vocabularies, basename(path), shippedGazetteer);
  // The conversion must itself yield valid records; if it does not, say so rather than load them.
  if (problems.length === 0 && !validateResources(resources)) problems.push(...describeSchemaErrors(`${path} (converted from HSDS)`, resources, validateResources.errors ?? []));
  problems.push(...resourceReferenceProblems(resources, vocabularies, path));
  if (problems.length > 0) throw new DataError(problems);
  return { path, format, resources };
}

/**
 * Reads and checks one data file; with `spans`, also where each element of its
 * array lies (see json-spans.ts), found while the text is at hand.
 */
function readChecked(path: string, vocabularies: Vocabularies, withSpans = false): { file: DataFile; spans?: Uint32Array } {
  const { value, controls, spans } = readJsonFile(path, { spans: withSpans });
  return { file: { ...parseDataFile(value, path, vocabularies), controls }, spans };
}

/** Reads and checks one data file; see parseDataFile. */
export function readDataFile(path: string, vocabularies: Vocabularies): DataFile {
  return readChecked(path, vocabularies).file;
}

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
function resemblances(base: readonly Resource[], files: readonly LoadedFile[]): Resemblance[] {
  let known: Map<string, string> | undefined;
  const found: Resemblance[] = [];
  for (const { path, part } of files) {
    if (!(part instanceof RecordsPart)) continue;
    for (const record of part.resources) {
      if (!record.id.startsWith(IMPORTED_ID_PREFIX)) continue;
      // Reversed, so that where two records share a name the first one loaded is named.
      known ??= new Map(base.flatMap((r) => namesOf(r).map((name) => [normalizeKey(name), r.id] as const)).reverse());
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
}

/** A checked data file as rows: records in memory, or its index. */
interface LoadedFile {
  path: string;
  part: TablePart;
  controls: boolean;
  /** Successors its records name that the merge must find: [row, id]. */
  successors: ReadonlyArray<[number, string]>;
  /** Large enough to index: the directory then keeps its store rather than make one for each query. */
  large: boolean;
}

function fromRecords(file: DataFile, part: RecordsPart, large = false): LoadedFile {
  return { path: file.path, part, controls: file.controls !== false, successors: successorRefs(file.resources), large };
}

/** Reads a data file, or its index when the file has not changed since the index was written. */
function loadFile(path: string, vocabularies: Vocabularies, coding: Coding, cacheDirectory: string | undefined): LoadedFile {
  let stats: BigIntStats | undefined;
  try {
    if (cacheDirectory !== undefined) stats = statSync(path, { bigint: true });
  } catch {
    // readDataFile says what is wrong with the path.
  }
  if (cacheDirectory === undefined || !stats?.isFile() || stats.size < BigInt(INDEX_FROM_BYTES)) {
    const file = readDataFile(path, vocabularies);
    return fromRecords(file, new RecordsPart(file.resources, coding));
  }
  // The key is taken before reading: a change made while the file is read then shows next time.
  const key = indexKey(path, stats);
  const index = indexPath(cacheDirectory, key);
  const part = readIndexFile(index, key);
  if (part) return { path, part, controls: false, successors: part.successors, large: true };
  const worth = worthIndexing(stats, Date.now());
  const { file, spans } = readChecked(path, vocabularies, worth);
  const records = new RecordsPart(file.resources, coding);
  // Strings with control characters are made safe record by record for display; such files are not indexed.
  if (worth && file.controls === false) writeIndexFile(index, key, { format: file.format, part: records, spans });
  return fromRecords(file, records, true);
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

/**
 * The directory with the files' resources added, in order: a record whose id
 * already exists replaces it. Every file is read and checked before anything is
 * merged, so a bad file leaves nothing half-loaded.
 */
export function withDataFiles(
  base: Directory,
  paths: readonly string[],
  options: DataFilesOptions = {},
): { directory: Directory; replaced: Replacement[]; resembling: Resemblance[]; controls: boolean } {
  const coding = new Coding(base.vocabularies);
  const files: LoadedFile[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      files.push(loadFile(path, base.vocabularies, coding, options.cacheDirectory));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new DataError(problems);

  const parts = [new RecordsPart(base.resources, coding), ...files.map((f) => f.part)];
  const { placements, contains, replaced } = merge(parts, files);
  const dangling = files.flatMap(({ path, part, successors }) =>
    successors.filter(([, successor]) => !contains(successor)).map(([row, successor]) => unknownSuccessor(path, row, part.ids[row] as string, successor)),
  );
  if (dangling.length > 0) throw new DataError(dangling);
  const store = new PartsStore(coding, parts, placements);
  const controls = files.some((f) => f.controls);
  const resembling = resemblances(base.resources, files);
  // Small files: a plain directory, whose queries make their store from its records as they are then.
  if (!files.some((f) => f.large)) {
    const { sections, vocabularies, about, checklist } = base;
    return { directory: { sections, vocabularies, about, checklist, resources: store.records() }, replaced, resembling, controls };
  }
  // A large file: the directory keeps its store (its columns come from the index, or were made for writing it),
  // and the records it holds in memory are frozen, so what its columns say of them stays true.
  for (const part of parts) if (part instanceof RecordsPart) freezeDeep(part.resources);
  return { directory: directoryWithStore(base, store), replaced, resembling, controls };
}
