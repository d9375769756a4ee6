import { defineConfig } from 'vitest/config';

// Tests assert behaviour, not speed (speed is measured by `npm run bench`): the end-to-end tests run
// the binary several times each and the machine may be loaded, so no test fails on a slow start.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
