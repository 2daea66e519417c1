// The build's fingerprint: a hash of everything that decides what the build
// makes (the sources, the data and schemas, the packages and this build's
// scripts). The build writes it into src/generated/build-id.js; the tests
// compare it with the sources, so they never test a stale build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function computeBuildId(root) {
  const hash = createHash('sha256');
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
      .filter((file) => !file.includes(`${join('src', 'generated')}`));
  // The lockfile too: the places and outlines the build packs come from packages.
  const inputs = [...files(join(root, 'src')), ...files(join(root, 'data')), ...['package.json', 'package-lock.json', 'scripts/build.mjs', 'scripts/build-id.mjs'].map((f) => join(root, f))];
  for (const file of inputs.sort()) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
