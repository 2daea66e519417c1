import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/require-build.ts', 'test/helpers/scratch.ts'],
    testTimeout: 20_000,
    // One test file per core, not one fewer (vitest's default): most tests wait on the programs they start.
    maxWorkers: availableParallelism(),
  },
});
