import { NotFoundError } from '../errors.js';
import type { Resolved } from '../query/resolve.js';

/** A failed lookup's error with "did you mean" and where to find the valid names added. */
function withHint(error: unknown, listCommand: string): unknown {
  if (!(error instanceof NotFoundError)) return error;
  const hint = error.candidates.length > 0 ? ` (did you mean ${error.candidates.map((c) => `'${c}'`).join(' or ')}?)` : '';
  return new NotFoundError(`${error.message}${hint}. List them with: ${listCommand}`, error.candidates);
}

/**
 * An exact match at once; otherwise the fuzzy resolver, loaded only then (with
 * fuse.js), and "did you mean" when it finds nothing sure.
 */
export async function lookUp<T>(exact: T | undefined, fuzzy: () => Promise<Resolved<T>>, listCommand: string): Promise<Resolved<T>> {
  if (exact !== undefined) return { item: exact, exact: true };
  try {
    return await fuzzy();
  } catch (error) {
    throw withHint(error, listCommand);
  }
}
