import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the bundled action and wait on real (short) polls.
    testTimeout: 30_000,
  },
});
