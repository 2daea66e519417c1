import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

// The layers, top to bottom: the process edge (src/cli), the commands, the kit they are made
// with, and the library. A file imports only from its own layer and those below it.
const LAYERS = [['cli'], ['commands'], ['kit'], ['query', 'format', 'map', 'data', 'links', 'generated', 'errors.ts', 'model.ts', 'index.ts']];

const src = join(ROOT, 'src');
const layerOf = (path: string) => LAYERS.findIndex((names) => names.includes(relative(src, path).split('/')[0] as string));

/** Every file of src and the files it imports (statically or on demand), as paths inside src. */
function imports(): Array<{ file: string; imported: string }> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  return files.flatMap((file) => {
    const text = readFileSync(join(src, file), 'utf8');
    return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => ({ file, imported: relative(src, join(src, file, '..', (m[1] as string).replace(/\.js$/, '.ts'))) }));
  });
}

describe('the layers of src', () => {
  it('point one way: no file imports from a layer above its own', () => {
    const upward = imports().filter(({ file, imported }) => !imported.startsWith('..') && layerOf(join(src, imported)) < layerOf(join(src, file)));
    expect(upward).toEqual([]);
  });

  it('cover every file', () => {
    expect(imports().filter(({ file }) => layerOf(join(src, file)) === -1)).toEqual([]);
  });
});
