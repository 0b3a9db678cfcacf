// Issue 15 item 6 on the production build: Permissions-Policy and Cross-Origin-Opener-Policy on every page;
// POST bodies over 1 MB refused (413) everywhere but the import page; over https (SITE_URL) the session cookie
// is __Host-img_session with Secure and Path=/, and it opens the dashboard.
import { expect, test } from '@playwright/test';
import { requireE2eDbFile } from './fixtures';
import { rawRequest, startOwnServer } from './own-server';

const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

test('every response carries Permissions-Policy and Cross-Origin-Opener-Policy', async () => {
  for (const path of ['/', '/schools', '/admin/login', '/api/v1/schools']) {
    const res = await rawRequest(base, path);
    expect(res.status, path).toBeLessThan(500);
    expect(String(res.headers['permissions-policy']), path).toContain('camera=()');
    expect(String(res.headers['permissions-policy']), path).toContain('geolocation=()');
    expect(res.headers['cross-origin-opener-policy'], path).toBe('same-origin');
  }
});

test('a 2 MB POST is refused with 413 outside the import page, and reaches the import page', async () => {
  const body = Buffer.alloc(2 * 1024 * 1024, 'a');
  const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'content-length': String(body.length), 'next-action': '0'.repeat(42) };
  for (const path of ['/admin/schools/new', '/admin/login/submit', '/schools/harvard-md']) {
    const res = await rawRequest(base, path, { method: 'POST', body, headers });
    expect(res.status, path).toBe(413);
  }
  const importPage = await rawRequest(base, '/admin/import', { method: 'POST', body, headers });
  expect(importPage.status).not.toBe(413);
  expect(importPage.status).toBeLessThan(500);
});

test('over https the session cookie is __Host-img_session (Secure, Path=/) and opens the dashboard', async () => {
  test.setTimeout(120_000);
  requireE2eDbFile();
  const server = await startOwnServer({ SITE_URL: 'https://imgpathways.example' });
  try {
    const body = new URLSearchParams({ email: 'e2e-admin@example.test', password: 'e2e-admin-password-123' }).toString();
    const res = await rawRequest(server.base, '/admin/login/submit', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base, 'content-length': String(Buffer.byteLength(body)) },
    });
    expect(res.status).toBe(303);
    const raw = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('__Host-img_session='));
    expect(raw, String(res.headers['set-cookie'])).toBeTruthy();
    const flags = raw!.split(';').map((p) => p.trim().toLowerCase());
    expect(flags).toEqual(expect.arrayContaining(['secure', 'path=/', 'httponly', 'samesite=lax']));
    expect(flags.some((f) => f.startsWith('domain='))).toBe(false);
    const token = raw!.split(';')[0].slice('__Host-img_session='.length);
    expect((await rawRequest(server.base, '/admin', { headers: { cookie: `__Host-img_session=${token}` } })).status).toBe(200);
    // The plain name means nothing there.
    expect((await rawRequest(server.base, '/admin', { headers: { cookie: `img_session=${token}` } })).status).toBe(307);
  } finally {
    await server.stop();
  }
});
