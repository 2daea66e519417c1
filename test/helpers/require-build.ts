import { existsSync } from 'node:fs';
import { CLI } from './paths.js';

// The CLI tests spawn the built program, as a user runs it; a stale or missing build would test the wrong thing.
export default function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first (npm test does it for you)`);
}
