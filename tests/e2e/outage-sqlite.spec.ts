// SQLite faults during traffic on a private server (outage.spec.ts covers a file missing from the start):
// the database file renamed away mid-traffic → /healthz 503 and polite 503 pages, no crash, recovery when it
// returns; another connection holding an exclusive lock → reads keep working (WAL) and an admin save waits,
// then fails politely or succeeds — never a 5xx, never a partial write.
import { renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { adminSessionCookie, readForm } from './admin-session';
import { rawRequest, isAlive, withOwnServer, waitFor, type OwnServer } from './own-server';

test.describe.configure({ mode: 'serial' });

let server: OwnServer;
withOwnServer((started) => {
  server = started;
});

test('the database file renamed away mid-traffic: 503s, no crash; renamed back: recovers without a restart', async () => {
  test.setTimeout(60_000);
  const get = (path: string) => rawRequest(server.base, path);
  expect((await get('/schools')).status).toBe(200);
  let stop = false;
  const unexpected: string[] = [];
  const paths = ['/schools', '/api/v1/schools', '/schools/harvard-md', '/lenders', '/programs?country=us'];
  const traffic = Promise.all(
    Array.from({ length: 3 }, async (_, w) => {
      for (let i = w; !stop; i++) {
        const res = await get(paths[i % paths.length]);
        if (res.status !== 200 && res.status !== 503) unexpected.push(`${paths[i % paths.length]} → ${res.status}`);
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 500));
  const aside = `${server.dbFile}.aside`;
  renameSync(server.dbFile, aside);
  try {
    expect(await waitFor(async () => (await get('/healthz')).status === 503, 10_000)).toBe(true);
    // The proxy remembers the last probe for one second.
    expect(await waitFor(async () => (await get('/schools')).status === 503, 5_000)).toBe(true);
    const page = await get('/schools');
    expect(page.status).toBe(503);
    expect(page.body).toContain('right back');
    expect((await get('/api/v1/schools')).status).toBe(503);
  } finally {
    renameSync(aside, server.dbFile);
  }
  expect(await waitFor(async () => (await get('/schools')).status === 200, 10_000)).toBe(true);
  stop = true;
  await traffic;
  expect(unexpected).toEqual([]);
  expect((await get('/healthz')).status).toBe(200);
  expect(isAlive(server.pid)).toBe(true);
});

test('an exclusive lock held by another connection: reads go on, a save is refused politely or lands whole', async ({ request }) => {
  test.setTimeout(60_000);
  const cookie = await adminSessionCookie(server.dbFile);
  const fields = await readForm(request, server.base, cookie, '/admin/schools/1', 'notes_short');
  const before = new Database(server.dbFile, { readonly: true });
  const original = before.prepare(`SELECT name, city, version FROM "School" WHERE id = 1`).get() as { name: string; city: string; version: number };
  before.close();

  const locker = new Database(server.dbFile);
  locker.exec('BEGIN EXCLUSIVE');
  let saveStatus = 0;
  let saveBody = '';
  try {
    // WAL readers are not blocked by a writer's exclusive lock.
    expect((await rawRequest(server.base, '/schools')).status).toBe(200);
    expect((await rawRequest(server.base, '/healthz')).status).toBe(200);
    const save = await request.post(`${server.base}/admin/schools/1`, {
      headers: { cookie, origin: server.base },
      multipart: { ...fields, name: `${original.name} (locked)`, city: `${original.city} (locked)` },
      maxRedirects: 0,
      timeout: 30_000,
    });
    saveStatus = save.status();
    saveBody = await save.text();
  } finally {
    locker.exec('ROLLBACK');
    locker.close();
  }
  expect(saveStatus, saveBody.slice(0, 300)).toBeLessThan(500);
  const after = new Database(server.dbFile, { readonly: true });
  const row = after.prepare(`SELECT name, city, version FROM "School" WHERE id = 1`).get() as { name: string; city: string; version: number };
  after.close();
  // All or nothing: either both fields and the version changed, or none did.
  const changed = [row.name !== original.name, row.city !== original.city, row.version !== original.version];
  expect(changed.every((c) => c === changed[0]), JSON.stringify({ original, row })).toBe(true);
  expect(isAlive(server.pid)).toBe(true);
});
