import { shippedJson } from '../generated/shipped-data.js';
import type { Directory } from '../types.js';
import { directoryWithStore, storeOver } from './store.js';

let cached: Directory | undefined;

/**
 * The directory that ships with lms, frozen. The build validated it (schemas
 * and references) and embedded it as one JSON text, so loading is a single parse.
 */
export function loadDirectory(): Directory {
  if (!cached) {
    const parsed = JSON.parse(shippedJson) as Directory;
    cached = directoryWithStore(parsed, storeOver(parsed.resources, parsed.vocabularies));
  }
  return cached;
}
