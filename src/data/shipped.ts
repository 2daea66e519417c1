import { directoryJson, regionDetailsJson, regionsJson, resourcesJson } from '../generated/shipped-data.js';
import type { Directory, Region, Resource } from '../types.js';

let cached: Directory | undefined;

/** Defines `key` on `target` as a value computed on first read, then kept. */
function lazy<T>(target: object, key: string, make: () => T): void {
  let value: T | undefined;
  Object.defineProperty(target, key, { enumerable: true, get: () => (value ??= make()) });
}

/**
 * The directory that ships with lms. The build validated it (schemas and
 * references) and embedded it as JSON texts; each is parsed when first read,
 * so a command that shows a section never parses the resources, and one that
 * filters by a place's id never parses the other names of every place.
 */
export function loadDirectory(): Directory {
  if (cached) return cached;
  const directory = JSON.parse(directoryJson) as Directory;
  lazy(directory, 'resources', () => JSON.parse(resourcesJson) as Resource[]);
  let details: Array<[string, string[]]> | undefined;
  const detail = (i: number) => (details ??= JSON.parse(regionDetailsJson) as Array<[string, string[]]>)[i] as [string, string[]];
  lazy(directory.vocabularies, 'regions', () =>
    (JSON.parse(regionsJson) as Region[]).map((region, i) => {
      lazy(region, 'description', () => detail(i)[0]);
      lazy(region, 'aliases', () => detail(i)[1]);
      return region;
    }),
  );
  cached = directory;
  return directory;
}
