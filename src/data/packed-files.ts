import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packedDirectory } from '../generated/shipped-data.js';

/** The path of a file the build packed into dist/data (the gazetteer's, the map outlines), from the program or the library alike. */
export function packedFile(name: string): string {
  return join(typeof packedDirectory === 'string' ? packedDirectory : fileURLToPath(packedDirectory), name);
}
