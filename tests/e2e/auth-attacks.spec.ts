// Attacks on sign-in and sessions over real HTTP, on a private server and database copy (own-server.ts), so
// sign-ins here never touch the suite's throttle counts. Only SUCCESSFUL sign-ins are made (no failed logins:
// throttling itself is proven in tests/integration/admin-auth.test.ts and tests/e2e/admin.spec.ts).
// Covers: a new token at every sign-in (no session fixation), cookie flags, logout revoking on the server,
// `next=` open redirects after a real sign-in, an editor calling an admin action, expired invitation links.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { createUser } from '../../lib/factories';
import { adminSessionCookie, e2eSessionCookieName, readForm, withE2eDatabase } from './admin-session';
import { rawRequest, withOwnServer, type OwnServer, type RawResponse } from './own-server';

test.describe.configure({ mode: 'serial' });

const ADMIN = { email: 'e2e-admin@example.test', password: 'e2e-admin-password-123' };
let server: OwnServer;

withOwnServer((started) => {
  server = started;
});

async function signIn(extra: Record<string, string> = {}, cookie?: string): Promise<RawResponse> {
  const body = new URLSearchParams({ email: ADMIN.email, password: ADMIN.password, ...extra }).toString();
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: server.base, 'content-length': String(Buffer.byteLength(body)) };
  if (cookie) headers.cookie = cookie;
  return rawRequest(server.base, '/admin/login/submit', { method: 'POST', body, headers });
}

const COOKIE = () => e2eSessionCookieName(server.base);

function sessionCookie(res: RawResponse): { token: string; raw: string } {
  const raw = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith(`${COOKIE()}=`));
  if (!raw) throw new Error(`no session cookie (status ${res.status})`);
  return { token: raw.slice(`${COOKIE()}=`.length).split(';')[0], raw };
}

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

test('each sign-in issues a new random token with HttpOnly, SameSite=Lax, Secure; a planted token is never adopted', async () => {
  const planted = 'attacker-chosen-token-value-000000000000000';
  const first = await signIn({}, `${COOKIE()}=${planted}`);
  expect(first.status).toBe(303);
  const a = sessionCookie(first);
  const second = sessionCookie(await signIn());
  expect(a.token).not.toBe(planted);
  expect(a.token).not.toBe(second.token);
  expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const flags = a.raw.split(';').map((p) => p.trim().toLowerCase());
  expect(flags).toContain('httponly');
  expect(flags).toContain('samesite=lax');
  expect(flags).toContain('secure'); // next start runs with NODE_ENV=production
  expect(flags).toContain('path=/');
  expect(flags.some((f) => f.startsWith('expires='))).toBe(true);
  // Only the hash is stored; the planted value names no session.
  const db = new Database(server.dbFile, { readonly: true });
  expect(db.prepare(`SELECT count(*) AS n FROM "Session" WHERE tokenHash IN (?, ?)`).get(sha256(a.token), sha256(second.token))).toEqual({ n: 2 });
  expect(db.prepare(`SELECT count(*) AS n FROM "Session" WHERE tokenHash = ? OR tokenHash = ?`).get(a.token, sha256(planted))).toEqual({ n: 0 });
  db.close();
  const withPlanted = await rawRequest(server.base, '/admin', { headers: { cookie: `${COOKIE()}=${planted}` } });
  expect(withPlanted.status).toBe(307);
  expect(String(withPlanted.headers.location)).toContain('/admin/login');
});

test('logout revokes the session in the database: the old cookie no longer opens the dashboard', async () => {
  const { token } = sessionCookie(await signIn());
  const cookie = `${COOKIE()}=${token}`;
  expect((await rawRequest(server.base, '/admin', { headers: { cookie } })).status).toBe(200);
  const out = await rawRequest(server.base, '/admin/logout', { method: 'POST', headers: { cookie, origin: server.base, 'content-length': '0' } });
  expect(out.status).toBe(303);
  // The browser would drop the cookie; an attacker who copied it replays it anyway.
  const replay = await rawRequest(server.base, '/admin/schools', { headers: { cookie } });
  expect(replay.status).toBe(307);
  expect(String(replay.headers.location)).toContain('/admin/login');
  const db = new Database(server.dbFile, { readonly: true });
  const row = db.prepare(`SELECT revokedAt FROM "Session" WHERE tokenHash = ?`).get(sha256(token)) as { revokedAt: string | null };
  db.close();
  expect(row.revokedAt).not.toBeNull();
});

test('after a real sign-in, next= only ever leads inside /admin', async () => {
  const evil = ['//evil.example', 'https://evil.example/admin', '/\\evil.example', '/admin/../schools', '/admin//evil.example', 'javascript:alert(1)', '/administrator'];
  for (const next of evil) {
    const res = await signIn({ next });
    expect(res.status, next).toBe(303);
    const location = new URL(String(res.headers.location), server.base);
    expect(location.origin, next).toBe(server.base);
    expect(location.pathname, next).toBe('/admin');
  }
  const good = await signIn({ next: '/admin/schools?q=harvard' });
  expect(new URL(String(good.headers.location)).pathname + new URL(String(good.headers.location)).search).toBe('/admin/schools?q=harvard');
});

test('an editor posting the admin-only invite action is refused and nothing is written', async ({ request }) => {
  await withE2eDatabase(server.dbFile, (db) => createUser(db, { email: 'sneaky-editor@example.test', name: 'Sneaky', password: null }));
  const adminCookie = await adminSessionCookie(server.dbFile, 'admin');
  const editorCookie = await adminSessionCookie(server.dbFile, 'editor');
  const fields = await readForm(request, server.base, adminCookie, '/admin/users', 'email');
  const count = () => {
    const d = new Database(server.dbFile, { readonly: true });
    const r = d.prepare(`SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Invitation") AS invitations`).get();
    d.close();
    return r;
  };
  const before = count();
  // The editor cannot even open the page (it redirects to /admin?forbidden=1 and lists no user) …
  const page = await rawRequest(server.base, '/admin/users', { headers: { cookie: editorCookie } });
  expect(page.body).toContain('/admin?forbidden=1');
  expect(page.body).not.toContain('e2e-admin@example.test');
  expect(page.body).not.toContain('name="role"');
  // … and replaying the admin's form with the editor's cookie is refused by the action itself.
  const res = await request.post(`${server.base}/admin/users`, {
    headers: { cookie: editorCookie, origin: server.base },
    multipart: { ...fields, email: 'invited-by-editor@example.test', name: 'X', role: 'admin' },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(500);
  expect(await res.text()).toContain('You do not have permission to do that.');
  expect(count()).toEqual(before);
});

test('an expired invitation link shows no form and cannot set a password, even when posted directly', async ({ request }) => {
  const now = new Date();
  const expiredToken = 'expired-invitation-token-0000000000000000000';
  const liveToken = 'live-invitation-token-00000000000000000000000';
  await withE2eDatabase(server.dbFile, async (db) => {
    const invited = (email: string) => createUser(db, { email, name: '', password: null });
    const [expiredUser, liveUser] = [await invited('expired-invite@example.test'), await invited('live-invite@example.test')];
    await db.invitation.create({
      data: { tokenHash: sha256(expiredToken), userId: expiredUser.id, expiresAt: new Date(now.getTime() - 60_000), createdAt: new Date(now.getTime() - 73 * 3600_000) },
    });
    await db.invitation.create({ data: { tokenHash: sha256(liveToken), userId: liveUser.id, expiresAt: new Date(now.getTime() + 3600_000), createdAt: now } });
  });

  const expiredPage = await rawRequest(server.base, `/admin/invite/${expiredToken}`);
  expect(expiredPage.status).toBeLessThan(500);
  expect(expiredPage.body).toContain('This link has expired or was already used');
  expect(expiredPage.body).not.toContain('name="password"');

  // Take the live link's form and swap in the expired token.
  const fields = await readForm(request, server.base, '', `/admin/invite/${liveToken}`, 'password');
  const res = await request.post(`${server.base}/admin/invite/${liveToken}`, {
    headers: { origin: server.base },
    multipart: { ...fields, token: expiredToken, password: 'a-brand-new-password-123', confirm: 'a-brand-new-password-123' },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(500);
  expect(await res.text()).toContain('This link has expired or was already used');
  const check = new Database(server.dbFile, { readonly: true });
  const row = check.prepare(`SELECT passwordHash FROM "User" WHERE email = 'expired-invite@example.test'`).get() as { passwordHash: string | null };
  check.close();
  expect(row.passwordHash).toBeNull();
});
