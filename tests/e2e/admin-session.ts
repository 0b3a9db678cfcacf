// Signed-in requests for e2e specs without signing in, and the fields of a server-rendered form read from its
// HTML so it can be posted without a browser (a progressive-enhancement POST, what a browser without
// JavaScript sends). Sessions are made by the app's own createSession (lib/auth/session.ts) against the
// database file the server under test uses, so a change to how sessions are stored cannot leave these behind;
// users come from the shared factories (lib/factories). (Playwright maps 'server-only' to an empty module,
// tests/e2e/tsconfig.json, as Vitest does.)
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { sessionCookieName } from '../../lib/auth/cookie-name';
import { createPrismaClient, type Db } from '../../lib/db-client';

/** The session cookie's name on the server under test (the `__Host-` prefix only over https). */
export function e2eSessionCookieName(base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1'): string {
  return sessionCookieName(base);
}

// lib/db.ts uses globalThis.imgPathwaysDb when it is set (its dev-reload singleton) instead of opening
// DATABASE_URL. Here it is a stand-in that forwards to the client of the file the current call names, so the
// app's session code, loaded once per worker, can write to the suite's database and to own-server copies.
const clients = new Map<string, Db>();
let current: Db | undefined;
let queue: Promise<unknown> = Promise.resolve();
(globalThis as { imgPathwaysDb?: unknown }).imgPathwaysDb = new Proxy({} as Db, {
  get: (_target, key) => {
    if (!current) throw new Error('the app database is used outside withE2eDatabase');
    const value = Reflect.get(current, key);
    return typeof value === 'function' ? value.bind(current) : value;
  },
});

/** Runs fn with the app's database (lib/db.ts) and a Prisma client both bound to the given SQLite file. */
export function withE2eDatabase<T>(dbFile: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const file = path.resolve(dbFile);
  const run = async () => {
    let db = clients.get(file);
    if (!db) clients.set(file, (db = createPrismaClient(`file:${file}`)));
    current = db;
    try {
      return await fn(db);
    } finally {
      current = undefined;
    }
  };
  // One binding at a time: calls for two files never interleave.
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** A cookie header for a new session of the first active user with this role, made by the app's createSession. */
export async function adminSessionCookie(dbFile: string, role = 'admin'): Promise<string> {
  const { createSession } = await import('../../lib/auth/session');
  const token = await withE2eDatabase(dbFile, async (db) => {
    const user = await db.user.findFirst({ where: { role, disabledAt: null }, orderBy: { id: 'asc' } });
    if (!user) throw new Error(`the e2e database has no active ${role} (ADMIN_EMAIL was not set when it was prepared)`);
    return (await createSession(user.id)).token;
  });
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

