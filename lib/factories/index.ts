// The one factory module: valid rows of every kind, built as the seed builds them, for the seed, Vitest and
// Playwright (see docs/decisions/105-shared-test-factories.md).
export * from './listings';
export * from './content';
export * from './users';
export { sourceRows, type SourceInput } from './sources';
