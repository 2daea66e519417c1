import { shippedJson } from '../generated/shipped-data.js';
import type { Directory } from '../types.js';

let cached: Directory | undefined;

/**
 * The directory that ships with lms. The build validated it (schemas and
 * references) and embedded it as one JSON text, so loading is a single parse.
 */
export function loadDirectory(): Directory {
  cached ??= JSON.parse(shippedJson) as Directory;
  return cached;
}
