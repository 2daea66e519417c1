import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// One folder for everything the tests write (data files, caches, prints), removed when the run
// ends: a test worker may be stopped before its own clean-up runs, and a run of the suite leaves
// nothing behind in the system's temporary folder.
export default function scratch(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'lms-test-'));
  project.provide('scratch', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    scratch: string;
  }
}
