import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests assert behaviour, not speed (speed is measured by `npm run bench`): the end-to-end tests run
// the binary several times each and the machine may be loaded, so no test fails on a slow start.
// Most of the suite's time is spent waiting on child processes (the binary, git, LibreOffice,
// Chromium), so a worker per core keeps a small machine busy; vitest's default is one fewer, which
// on a 2-core CI runner means one test file at a time.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
