// A console.error during a test fails it unless the test expects it (vi.spyOn(console, 'error') first).
import { afterEach, beforeEach, vi } from 'vitest';

let calls: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  calls = [];
  console.error = (...args: unknown[]) => {
    calls.push(args);
    original(...args);
  };
});

afterEach(() => {
  const expected = vi.isMockFunction(console.error);
  console.error = original;
  if (!expected && calls.length > 0) {
    throw new Error(`console.error was called during the test: ${String(calls[0][0]).slice(0, 300)}`);
  }
});
