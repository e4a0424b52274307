import { defineConfig } from 'vitest/config';

// Browser tests against the real API: one file at a time, generous timeouts (the API may
// initialise an embedded PostgreSQL first).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    reporters: ['default', '../../tools/vitest-summary-reporter.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
