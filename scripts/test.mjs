// npm test — installs what is missing, then: lint + typecheck, unit tests (Vitest), integration tests against
// real SQLite and real PostgreSQL, and end-to-end tests (Playwright + Debian's Chromium) against a production
// build on a free port with a throwaway SQLite database. Ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { BASE_ENV, ensureBuild, ensureDependencies, ensurePrismaClients, say } from './lib/setup.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv[2]; // optional: lint | unit | integration | e2e
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(name, command, args, env = {}) {
  say(name);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...BASE_ENV, ...env } });
  return result.status === 0;
}

function countCheck(name, ok) {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(name, file, exitedOk) {
  const report = readJson(file);
  if (!report) return countCheck(`${name} (no report)`, false);
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numFailedTests > 0 || !exitedOk) failures.push(name);
  if (!exitedOk && report.numFailedTests === 0) totals.failed++; // e.g. a suite that failed to load
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function runE2e() {
  if (!existsSync(CHROMIUM)) {
    console.error(`\n✗ Chromium is missing at ${CHROMIUM}. Install Debian's package:\n    sudo apt-get install -y chromium\n(or set CHROMIUM_PATH). Playwright must never download its own browser.`);
    countCheck('e2e (Chromium missing)', false);
    return;
  }
  mkdirSync('data', { recursive: true });
  const dbFile = `data/e2e-${process.pid}.db`;
  rmSync(dbFile, { force: true });
  const env = {
    DATABASE_URL: `file:./${dbFile}`,
    ADMIN_EMAIL: 'e2e-admin@example.test',
    ADMIN_PASSWORD: 'e2e-admin-password-123',
  };
  if (!step('E2E: preparing a throwaway SQLite database', 'npx', ['tsx', 'scripts/db-prepare.ts'], env)) {
    return countCheck('e2e database', false);
  }
  try {
    ensureBuild();
  } catch (error) {
    console.error(error.message);
    return countCheck('next build', false);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  say(`E2E: serving the production build on ${baseUrl}`);
  const server = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...BASE_ENV, ...env, PORT: String(port), SITE_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  try {
    if (!(await waitForHealth(`${baseUrl}/healthz`, 60_000))) {
      console.error(serverLog);
      return countCheck('e2e server start', false);
    }
    const ok = step('E2E: Playwright in Chromium', 'npx', ['playwright', 'test'], {
      ...env,
      E2E_BASE_URL: baseUrl,
      E2E_DB_FILE: dbFile,
      CHROMIUM_PATH: CHROMIUM,
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
    });
    const report = readJson('test-results/e2e.json');
    if (!report) return countCheck('e2e (no report)', false);
    totals.passed += report.stats.expected + (report.stats.flaky ?? 0);
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (!ok) failures.push('e2e');
    if (!ok && report.stats.unexpected === 0) totals.failed++;
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dbFile, { force: true });
    rmSync(`${dbFile}-wal`, { force: true });
    rmSync(`${dbFile}-shm`, { force: true });
  }
}

try {
  ensureDependencies();
  ensurePrismaClients();
} catch (error) {
  console.error(`✗ ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

if (!only || only === 'lint') {
  countCheck('lint', step('Lint (ESLint)', 'npx', ['eslint', '.', '--max-warnings=0']));
  countCheck('typecheck', step('Typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']));
}
if (!only || only === 'unit') {
  const ok = step('Unit tests (Vitest)', 'npx', ['vitest', 'run', '--config', 'vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  countVitest('unit', 'test-results/unit.json', ok);
}
if (!only || only === 'integration') {
  const ok = step('Integration tests (real SQLite and PostgreSQL)', 'npx', ['vitest', 'run', '--config', 'vitest.integration.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/integration.json']);
  countVitest('integration', 'test-results/integration.json', ok);
}
if (!only || only === 'e2e') await runE2e();

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
