import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeBuildId } from '../../scripts/build-id.mjs';
import { CLI, ROOT } from './paths.js';

// The CLI tests spawn the built program, as a user runs it: a missing build, or one made from other
// sources than those here (src edited since), would test the wrong thing.
export default function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first (npm test does it for you)`);
  const built = /BUILD_ID = '([0-9a-f]+)'/.exec(readFileSync(join(ROOT, 'src', 'generated', 'build-id.js'), 'utf8'))?.[1];
  if (built !== computeBuildId(ROOT)) throw new Error("the build is older than the sources (or than the data, packages or build scripts): run 'npm run build' first (npm test does it for you)");
}
