// The production server (server.mjs, as `npm start`) with its in-process response cache (decision 063), on
// its own copy of the e2e database: every public page — the per-request ones too — carries an ETag and
// answers If-None-Match with a bodiless 304; repeated reads are answered from memory; the dashboard, sign-in
// and client-router payloads never are; and a school saved in the dashboard shows on the very next request.
import { expect, test } from '@playwright/test';
import { adminSessionCookie } from './admin-session';
import { rawRequest, startOwnServer, type OwnServer } from './own-server';
import { renameHarvardInDashboard } from './rename-school';

const PUBLIC_CC = /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/;
const PER_REQUEST_SEARCH = `/schools?q=${encodeURIComponent('harvard medical school of boston')}`;

test.describe.configure({ mode: 'serial' });

let app: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startOwnServer({}, undefined, { server: 'app' });
});

test.afterAll(async () => {
  await app?.stop();
});

test('pages rendered per request get an ETag and a 304, and are then answered from memory', async () => {
  for (const path of ['/lenders', '/guides', '/events', PER_REQUEST_SEARCH]) {
    const first = await rawRequest(app.base, path);
    expect(first.status, path).toBe(200);
    const etag = first.headers['etag'] as string;
    expect(etag, path).toMatch(/^(W\/)?"[^"]+"$/);
    expect(first.headers['cache-control'], path).toMatch(PUBLIC_CC);
    const revalidated = await rawRequest(app.base, path, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status, path).toBe(304);
    expect(revalidated.body, path).toBe('');
    expect(revalidated.headers['etag'], path).toBe(etag);
    expect(revalidated.headers['cache-control'], path).toMatch(PUBLIC_CC);
    const again = await rawRequest(app.base, path);
    expect(again.headers['x-response-cache'], path).toBe('HIT');
    expect(again.body, path).toBe(first.body);
    expect((await rawRequest(app.base, path, { headers: { 'If-None-Match': '"something-else"' } })).status, path).toBe(200);
  }
});

test('gzip for browsers that take it, under a weak ETag of the same page', async () => {
  const plain = await rawRequest(app.base, '/guides');
  const zipped = await rawRequest(app.base, '/guides', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers['etag']).toBe(`W/${plain.headers['etag']}`);
  expect((await rawRequest(app.base, '/guides', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': plain.headers['etag'] as string } })).status).toBe(304);
});

test('the dashboard, sign-in, client-router payloads and unknown pages never come from it', async () => {
  for (const path of ['/admin/login', '/admin', '/schools/no-such-school', '/lenders/no-such-lender']) {
    await rawRequest(app.base, path);
    const res = await rawRequest(app.base, path);
    expect(res.headers['x-response-cache'], path).not.toBe('HIT');
    expect(res.headers['cache-control'] ?? '', path).toMatch(/no-store/);
  }
  await rawRequest(app.base, '/schools/harvard-md');
  // `?_rsc`: Next redirects a client-router request without its cache-busting parameter there first.
  const rsc = await rawRequest(app.base, '/schools/harvard-md?_rsc', { headers: { RSC: '1' } });
  expect(rsc.headers['content-type']).toContain('text/x-component');
  expect(rsc.headers['x-response-cache']).toBeUndefined();
});

test('a school saved in the dashboard shows on the next request of every page that names it', async ({ page }) => {
  test.setTimeout(90_000);
  const paths = ['/schools/harvard-md', '/schools?state=ma', '/schools?q=harvard', PER_REQUEST_SEARCH, '/api/v1/schools?state=ma'];
  for (const path of paths) {
    await rawRequest(app.base, path);
    expect((await rawRequest(app.base, path)).headers['x-response-cache'], path).toBe('HIT');
  }
  const [name, value] = (await adminSessionCookie(app.dbFile)).split('=');
  await page.context().addCookies([{ name, value, url: app.base }]);
  const newName = `Harvard Medical School ${Date.now().toString(36)}`;
  await renameHarvardInDashboard(page, app.base, newName);
  for (const path of paths) {
    const res = await rawRequest(app.base, path);
    expect(res.headers['x-response-cache'], path).not.toBe('HIT');
    expect(res.body, path).toContain(newName);
  }
});
