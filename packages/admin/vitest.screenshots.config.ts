import { defineConfig } from 'vitest/config';

// The persona screenshots (e2e/screenshots.ts): the browser tests' setup, on that file alone.
export default defineConfig({
  test: {
    include: ['e2e/screenshots.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
