// What the unit and integration Vitest configs share: the `@/` alias and the server-only marker.
import path from 'node:path';

export const sharedResolve = {
  alias: {
    '@': path.resolve(import.meta.dirname),
    // Next enforces server-only at build time; under Vitest the marker module is a no-op.
    'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
  },
};
