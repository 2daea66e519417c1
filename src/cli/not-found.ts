import { NotFoundError } from '../errors.js';

/** Adds "did you mean" and where to find the valid names to a lookup that failed. */
export function explainNotFound<T>(lookup: () => T, listCommand: string): T {
  try {
    return lookup();
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const hint = error.candidates.length > 0 ? ` (did you mean ${error.candidates.map((c) => `'${c}'`).join(' or ')}?)` : '';
    throw new NotFoundError(`${error.message}${hint}. List them with: ${listCommand}`, error.candidates);
  }
}
