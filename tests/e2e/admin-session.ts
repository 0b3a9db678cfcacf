// Signed-in requests for e2e specs without signing in: a Session row written straight into the (private)
// database, and the fields of a server-rendered form read from its HTML so it can be posted without a browser
// (a progressive-enhancement POST, exactly what a browser without JavaScript sends).
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { APIRequestContext } from '@playwright/test';
import { sessionCookieName } from '../../lib/auth/cookie-name';

/** The session cookie's name on the server under test (the `__Host-` prefix only over https). */
export function e2eSessionCookieName(base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1'): string {
  return sessionCookieName(base);
}

/** A session for the e2e admin written straight into the database (no sign-in, so no throttle involvement). */
export function adminSessionCookie(dbFile: string, role = 'admin'): string {
  const token = randomBytes(32).toString('base64url');
  const db = new Database(dbFile);
  try {
    const admin = db.prepare(`SELECT id FROM "User" WHERE role = ? AND disabledAt IS NULL ORDER BY id LIMIT 1`).get(role) as { id: number } | undefined;
    if (!admin) throw new Error('the e2e database has no admin (ADMIN_EMAIL was not set when it was prepared)');
    const iso = (d: Date) => d.toISOString().replace('Z', '+00:00');
    const now = new Date();
    db.prepare(`INSERT INTO "Session" (tokenHash, userId, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?)`).run(
      createHash('sha256').update(token).digest('hex'),
      admin.id,
      iso(now),
      iso(now),
      iso(new Date(now.getTime() + 3600_000)),
    );
  } finally {
    db.close();
  }
  return `${e2eSessionCookieName()}=${token}`;
}

/** The fields of the first form on `path` that has `marker` as a field, read from the server-rendered HTML. */
export async function readForm(request: APIRequestContext, base: string, cookie: string, path: string, marker: string) {
  const html = await (await request.get(`${base}${path}`, { headers: { cookie } })).text();
  const forms = html.split(/<form\b/).slice(1).map((f) => f.split('</form>')[0]);
  const form = forms.find((f) => f.includes(`name="${marker}"`));
  if (!form) throw new Error(`no form with ${marker} on ${path}`);
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (!name) continue;
    const type = /\btype="([^"]*)"/.exec(m[1])?.[1];
    if ((type === 'checkbox' || type === 'radio') && !/\bchecked=""/.test(m[1])) continue;
    fields[decode(name)] = decode(/\bvalue="([^"]*)"/.exec(m[1])?.[1] ?? '');
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (name) fields[name] = decode(m[2]);
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (!name) continue;
    const selected = /<option[^>]*selected=""[^>]*value="([^"]*)"|<option[^>]*value="([^"]*)"[^>]*selected=""/.exec(m[2]);
    const first = /<option[^>]*value="([^"]*)"/.exec(m[2]);
    fields[name] = decode(selected?.[1] ?? selected?.[2] ?? first?.[1] ?? '');
  }
  return fields;
}

