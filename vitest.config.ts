import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Every file gets its own database on the one shared server; run files side by side.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
