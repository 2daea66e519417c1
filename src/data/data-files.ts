import { basename } from 'node:path';
import { DataError } from '../errors.js';
import { isValidResources } from '../generated/fast-validators.js';
import { validateHsdsOrganizations, validateResources } from '../generated/validators.js';
import type { Directory, Resource, Vocabularies } from '../types.js';
import { fromHsds } from './hsds-import.js';
import type { HsdsOrganization } from './hsds-import.js';
import { completeResource, resourceReferenceProblems, successorProblems } from './load.js';
import type { ResourceInput } from './load.js';
import { readJsonFile } from './read-json.js';
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
  const { resources, problems } = fromHsds(items as HsdsOrganization[], vocabularies, basename(path));
  // The conversion must itself yield valid records; if it does not, say so rather than load them.
  if (problems.length === 0 && !validateResources(resources)) problems.push(...describeSchemaErrors(`${path} (converted from HSDS)`, resources, validateResources.errors ?? []));
  problems.push(...resourceReferenceProblems(resources, vocabularies, path));
  if (problems.length > 0) throw new DataError(problems);
  return { path, format, resources };
}

/** Reads and checks one data file; see parseDataFile. */
export function readDataFile(path: string, vocabularies: Vocabularies): DataFile {
  const { value, controls } = readJsonFile(path);
  return { ...parseDataFile(value, path, vocabularies), controls };
}

export interface Replacement {
  id: string;
  path: string;
}

/**
 * The directory with the files' resources added, in order: a record whose id
 * already exists replaces it. Every file is read and checked before anything is
 * merged, so a bad file leaves nothing half-loaded.
 */
export function withDataFiles(base: Directory, paths: readonly string[]): { directory: Directory; replaced: Replacement[]; controls: boolean } {
  const files: DataFile[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      files.push(readDataFile(path, base.vocabularies));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new DataError(problems);

  const byId = new Map(base.resources.map((r) => [r.id, r]));
  const replaced: Replacement[] = [];
  for (const file of files) {
    for (const resource of file.resources) {
      if (byId.has(resource.id)) replaced.push({ id: resource.id, path: file.path });
      byId.set(resource.id, resource);
    }
  }
  const resources = [...byId.values()];
  const ids = new Set(byId.keys());
  const dangling = files.flatMap((f) => successorProblems(f.resources, ids, f.path));
  if (dangling.length > 0) throw new DataError(dangling);
  return { directory: { ...base, resources }, replaced, controls: files.some((f) => f.controls !== false) };
}
