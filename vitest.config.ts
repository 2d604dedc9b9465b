import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the bundled action and wait on real (short) polls.
    testTimeout: 30_000,
    // Tests talk only to 127.0.0.1: the SDK must never look for an instance metadata service.
    env: { AWS_EC2_METADATA_DISABLED: 'true' },
  },
});
