import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // one test file per core: vitest's default leaves a core free, which on a 2-core CI
    // machine runs the files one at a time (no test asserts a timing, so sharing is safe)
    maxWorkers: availableParallelism(),
  },
});
