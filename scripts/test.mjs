// npm test — installs what is missing, then: lint + typecheck, unit tests (Vitest), integration tests against
// real SQLite and real PostgreSQL, and end-to-end tests (Playwright + Debian's Chromium) against a production
// build on a free port with a throwaway SQLite database. Each stage prints its time as it finishes, a table of
// the times comes at the end, and the last line is always "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { BASE_ENV, ensureBuild, ensureDependencies, ensurePrismaClients, say } from './lib/setup.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv[2]; // optional: lint | unit | integration | e2e
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const stageTimes = [];

/** Runs one stage (sync or async), prints how long it took, and records the time for the closing table. */
async function timed(stage, fn) {
  const started = performance.now();
  const failedBefore = totals.failed;
  try {
    return await fn();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    const ok = totals.failed === failedBefore;
    stageTimes.push({ stage, seconds, ok });
    say(`${stage}: ${ok ? 'done' : 'FAILED'} in ${formatSeconds(seconds)}`);
  }
}

function formatSeconds(seconds) {
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

function printStageTable() {
  if (!stageTimes.length) return;
  const width = Math.max(...stageTimes.map((t) => t.stage.length), 'total'.length);
  const total = stageTimes.reduce((sum, t) => sum + t.seconds, 0);
  console.log('\nStage times');
  for (const t of stageTimes) console.log(`  ${t.stage.padEnd(width)}  ${formatSeconds(t.seconds).padStart(12)}  ${t.ok ? 'ok' : 'failed'}`);
  console.log(`  ${'total'.padEnd(width)}  ${formatSeconds(total).padStart(12)}`);
}

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
  const built = await timed('e2e build', () => {
    try {
      ensureBuild();
      return true;
    } catch (error) {
      console.error(error.message);
      countCheck('next build', false);
      return false;
    }
  });
  if (built) await timed('e2e run', () => serveAndRunPlaywright(env, dbFile));
}

/** Prepares the throwaway database, serves the build on a free port and runs Playwright against it. */
async function serveAndRunPlaywright(env, dbFile) {
  if (!step('E2E: preparing a throwaway SQLite database', 'npx', ['tsx', 'scripts/db-prepare.ts'], env)) {
    return countCheck('e2e database', false);
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

function vitestStage(name, title, config) {
  const report = `test-results/${name}.json`;
  const ok = step(title, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  countVitest(name, report, ok);
}

if (!only || only === 'lint') {
  await timed('lint', () => countCheck('lint', step('Lint (ESLint)', 'npx', ['eslint', '.', '--max-warnings=0'])));
  await timed('typecheck', () => countCheck('typecheck', step('Typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit'])));
}
if (!only || only === 'unit') await timed('unit', () => vitestStage('unit', 'Unit tests (Vitest)', 'vitest.config.ts'));
if (!only || only === 'integration') {
  await timed('integration', () => vitestStage('integration', 'Integration tests (real SQLite and PostgreSQL)', 'vitest.integration.config.ts'));
}
if (!only || only === 'e2e') await runE2e();

printStageTable();
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
