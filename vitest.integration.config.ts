import { defineConfig } from 'vitest/config';
import { sharedResolve } from './vitest.shared';

export default defineConfig({
  resolve: sharedResolve,
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/integration-global-setup.ts'],
    setupFiles: ['tests/support/fail-on-console-error.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files share one PostgreSQL server; each test gets its own database copy, so files may run in parallel.
    fileParallelism: true,
  },
});
