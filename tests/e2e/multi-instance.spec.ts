// Two instances of the production server (server.mjs, as `npm start`) of this build against ONE PostgreSQL
// database, sharing the Redis cache handler (CACHE_HANDLER=redis): a school saved through instance A is visible
// through instance B within 1 second, although B had the page in its own response cache (x-response-cache:
// HIT) before the save — A's expiry reaches it by Redis pub/sub (decision 064). Needs PostgreSQL
// (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test) and Redis (REDIS_URL, default
// redis://127.0.0.1:6379); the suite's own server is not used.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { createClient } from 'redis';
import { renameHarvardInDashboard } from './rename-school';

const PG_BASE = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN = { email: 'multi-admin@example.test', password: 'multi-admin-password-123' };
const RUN = `mi_${process.pid}_${Date.now().toString(36)}`;
const PREFIX = `imgp-e2e-${RUN}`;
const LIST = '/schools?state=ma';
const SEARCH = '/schools?q=harvard'; // a plain free-text search is cached too (lib/cache/schools-key.ts)

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startInstance(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['server.mjs'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, CACHE_HANDLER: 'redis', REDIS_URL, CACHE_KEY_PREFIX: PREFIX, SITE_URL: base, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (up) return { base, child };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('instance did not start');
}

const databaseUrl = (() => {
  const url = new URL(PG_BASE);
  url.pathname = `/imgp_${RUN}`;
  return url.toString();
})();
const instances: { base: string; child: ChildProcess }[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE "imgp_${RUN}"`);
  await admin.end();
  const prepared = spawnSync('npx', ['tsx', 'scripts/db-prepare.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    encoding: 'utf8',
  });
  if (prepared.status !== 0) throw new Error(`db-prepare failed: ${prepared.stderr}`);
  instances.push(await startInstance(databaseUrl), await startInstance(databaseUrl));
});

test.afterAll(async () => {
  for (const { child } of instances) child.kill('SIGTERM');
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "imgp_${RUN}" WITH (FORCE)`);
  await admin.end();
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `imgp:${PREFIX}:*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
  await redis.quit();
});

test('a save through one instance is visible through the other within 1 second', async ({ page }) => {
  test.setTimeout(90_000);
  const [a, b] = instances;
  const getB = (path: string) => fetch(`${b.base}${path}`);
  // B serves the list from the shared cache: the second answer is a cache hit.
  expect((await getB(LIST)).status).toBe(200);
  const warm = await getB(LIST);
  expect(warm.headers.get('x-nextjs-cache')).toBe('HIT');
  expect(warm.headers.get('x-response-cache')).toBe('HIT');
  expect(await warm.text()).toContain('Harvard Medical School');
  expect((await getB(SEARCH)).status).toBe(200);
  const warmSearch = await getB(SEARCH);
  expect(warmSearch.headers.get('x-nextjs-cache')).toBe('HIT');
  expect(warmSearch.headers.get('x-response-cache')).toBe('HIT');
  await getB('/schools/harvard-md');
  expect((await getB('/schools/harvard-md')).headers.get('x-response-cache')).toBe('HIT');
  expect(await warmSearch.text()).toContain('Harvard Medical School');

  // An admin saves a new name through A (the real form and server action).
  const newName = `Harvard Medical School ${RUN}`;
  await page.goto(`${a.base}/admin/login`);
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await renameHarvardInDashboard(page, a.base, newName);
  const savedAt = Date.now();

  // B shows it within a second: the cached list, the API answer and the school page.
  let seenAfter = Infinity;
  while (Date.now() - savedAt < 5_000) {
    const html = await (await getB(LIST)).text();
    if (html.includes(newName)) {
      seenAfter = Date.now() - savedAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(seenAfter).toBeLessThanOrEqual(1_000);
  expect(await (await getB(SEARCH)).text()).toContain(newName);
  const api = (await (await getB('/api/v1/schools?state=ma')).json()) as { results: { name: string }[] };
  expect(api.results.map((s) => s.name)).toContain(newName);
  expect(await (await getB('/schools/harvard-md')).text()).toContain(newName);
});
