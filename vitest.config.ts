import { defineConfig } from 'vitest/config';

// Tests that drive a real component (headless Chromium, Prometheus Alertmanager) are slower and
// run as their own project; `npm test` runs both.
const REAL = ['test/**/*.browser.test.ts', 'test/**/*.real.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Three test files at a time on two cores: the end-to-end tests mostly wait on spawned runs. No
    // test may block its worker (a synchronous spawn), or it misses vitest's RPC deadline.
    poolOptions: { forks: { maxForks: 3, minForks: 1 } },
    projects: [
      { extends: true, test: { name: 'unit-and-e2e', include: ['test/**/*.test.ts'], exclude: REAL } },
      // The sandbox package's own tests (`npm test --workspace @sitrep/sandbox` runs only these).
      { extends: true, test: { name: 'sandbox', include: ['packages/sandbox/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'real-components', include: REAL } },
    ],
  },
});
