import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    // Tests that measure latency run as their own project, one file at a time, after the rest (npm test).
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: ['test/timing/**', 'test/browser/**'],
        },
      },
      // A latency bound can be missed once by a machine busy elsewhere; a real regression misses it every time.
      {
        extends: true,
        test: { name: 'timing', include: ['test/timing/**/*.test.ts'], fileParallelism: false, retry: 2 },
      },
      // Real chromium against a real server: one file at a time, so two cores are not shared by several browsers.
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
