// End-to-end tests in Debian's Chromium (never a downloaded browser) against the production build that
// scripts/test.mjs starts on a free port (E2E_BASE_URL).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Maps 'server-only' to an empty module (and next/headers to its file for Node's ESM loader), so fixtures can
  // call the app's own code outside Next, e.g. createSession (tests/e2e/admin-session.ts).
  tsconfig: './tests/e2e/tsconfig.json',
  // Generous limits: CI and development share a busy 2-core machine, where a page with an axe sweep or a
  // production build's first render can take several times its idle duration. Assertions still fail on a wrong
  // answer at once; only waiting for a slow right one is allowed longer.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
