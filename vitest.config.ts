import { defineConfig } from 'vitest/config';
import { sharedResolve } from './vitest.shared';

export default defineConfig({
  resolve: sharedResolve,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fail-on-console-error.ts'],
    // Property tests over the whole dataset take seconds on a busy 2-core machine; a wrong answer still fails at once.
    testTimeout: 60_000,
  },
});
