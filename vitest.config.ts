import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Next enforces server-only at build time; under Vitest the marker module is a no-op.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fail-on-console-error.ts'],
    // Property tests over the whole dataset take seconds on a busy 2-core machine; a wrong answer still fails at once.
    testTimeout: 60_000,
  },
});
