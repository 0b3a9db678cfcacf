// The shipped front cache (deploy/varnish/default.vcl, Varnish 7 + xkey) in front of this production build:
// public pages are stored and answered as HITs with validators, the dashboard is never stored, and a school
// saved in the dashboard is visible through Varnish within 1 second (the app purges its tags,
// FRONT_CACHE_PURGE_URL). Uses its own app server (a copy of the e2e database) and its own varnishd on free
// ports; skipped with a message only when varnishd is not installed (.ci/run installs it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { adminSessionCookie } from './admin-session';
import { freePort, rawRequest, startOwnServer, waitFor, type OwnServer } from './own-server';
import { renameHarvardInDashboard } from './rename-school';

const VARNISHD = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((p) => spawnSync(p, ['-V']).status === 0);
const SCHOOL = '/schools/harvard-md';
const LIST = '/schools?state=ma';

test.describe.configure({ mode: 'serial' });
test.skip(!VARNISHD, 'varnishd is not installed: apt-get install varnish varnish-modules (.ci/run does this)');

let app: OwnServer;
let varnish: ChildProcess | undefined;
let workDir = '';
let front = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  front = `http://127.0.0.1:${port}`;
  // The production server (server.mjs, as `npm start`): its response cache sits behind Varnish's.
  app = await startOwnServer({ FRONT_CACHE_PURGE_URL: `${front}/` }, undefined, { server: 'app' });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'imgp-varnish-'));
  // The shipped file, with only the backend port changed to this test's app server.
  const vcl = readFileSync('deploy/varnish/default.vcl', 'utf8').replace('.port = "3000";', `.port = "${new URL(app.base).port}";`);
  expect(vcl).toContain(`.port = "${new URL(app.base).port}"`);
  writeFileSync(path.join(workDir, 'default.vcl'), vcl);
  // Started as root, varnishd reads the file as its own unprivileged user.
  chmodSync(workDir, 0o755);
  chmodSync(path.join(workDir, 'default.vcl'), 0o644);
  varnish = spawn(VARNISHD!, ['-F', '-n', path.join(workDir, 'n'), '-a', `127.0.0.1:${port}`, '-f', path.join(workDir, 'default.vcl'), '-s', 'malloc,64m', '-T', 'none'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  varnish.stderr?.on('data', (d) => (log += d));
  const up = await waitFor(async () => (await rawRequest(front, '/healthz')).status === 200, 30_000);
  if (!up) throw new Error(`varnishd did not start:\n${log}`);
});

test.afterAll(async () => {
  varnish?.kill('SIGTERM');
  await app?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('public pages are stored and answered as HITs with their validators; tags stay inside', async () => {
  for (const p of [SCHOOL, LIST, '/api/v1/schools?state=ma', '/guides']) {
    const first = await rawRequest(front, p);
    expect(first.status, p).toBe(200);
    const second = await rawRequest(front, p);
    expect(second.headers['x-cache'], p).toBe('HIT');
    expect(second.body, p).toBe(first.body);
    expect(second.headers['cache-control'], p).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    expect(second.headers['surrogate-key'], p).toBeUndefined();
    expect(second.headers['xkey'], p).toBeUndefined();
  }
  // A browser revalidating its copy gets a 304 from the front cache.
  const page = await rawRequest(front, SCHOOL);
  const etag = page.headers['etag'] as string;
  expect(etag).toBeTruthy();
  const revalidated = await rawRequest(front, SCHOOL, { headers: { 'If-None-Match': etag } });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body).toBe('');
});

test('the dashboard, sign-in, errors and foreign purges are never stored or obeyed', async () => {
  for (const p of ['/admin/login', '/admin/login']) {
    const res = await rawRequest(front, p);
    expect(res.headers['x-cache'], p).not.toBe('HIT');
    expect(res.headers['cache-control'], p).toContain('no-store');
  }
  for (const p of ['/schools/no-such-school', '/schools/no-such-school', '/api/v1/schools?degree=xx', '/api/v1/schools?degree=xx']) {
    const res = await rawRequest(front, p);
    expect(res.status, p).toBeGreaterThanOrEqual(400);
    expect(res.headers['x-cache'], p).not.toBe('HIT');
  }
  const noTags = await rawRequest(front, '/', { method: 'PURGE' });
  expect(noTags.status).toBe(400);
});

test('a school saved in the dashboard is visible through the front cache within 1 second', async ({ page }) => {
  test.setTimeout(90_000);
  // Warm: the school page and a list that shows it are HITs.
  for (const p of [SCHOOL, LIST]) {
    await rawRequest(front, p);
    expect((await rawRequest(front, p)).headers['x-cache'], p).toBe('HIT');
  }
  const cookie = await adminSessionCookie(app.dbFile);
  const [name, value] = cookie.split('=');
  await page.context().addCookies([{ name, value, url: app.base }]);
  const newName = `Harvard Medical School ${Date.now().toString(36)}`;
  await renameHarvardInDashboard(page, app.base, newName);
  const savedAt = Date.now();

  // The school's own page first (one request at a time: each purged page is rendered afresh by the app).
  let seenAfter = Infinity;
  while (Date.now() - savedAt < 5_000) {
    if ((await rawRequest(front, SCHOOL)).body.includes(newName)) {
      seenAfter = Date.now() - savedAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`front cache: the saved name was visible through Varnish ${seenAfter} ms after the save`);
  expect(seenAfter).toBeLessThanOrEqual(1_000);
  // The cached list that shows the school was purged by the same save (its tag: schools).
  expect((await rawRequest(front, LIST)).body).toContain(newName);
  // And it is cached again: the next answer is a HIT with the new name.
  const again = await rawRequest(front, SCHOOL);
  expect(again.headers['x-cache']).toBe('HIT');
  expect(again.body).toContain(newName);
});
