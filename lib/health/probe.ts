// Is the database answering? A fresh, short connection each time (never the app's pooled client), so a
// deleted SQLite file or a stopped PostgreSQL is noticed at once and recovery needs no restart.
import 'server-only';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, sqliteFileFromUrl } from '../db-url';
import { env } from '../env';

export async function probeDatabase(url = env().DATABASE_URL): Promise<boolean> {
  try {
    if (isPostgresUrl(url)) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
      try {
        await client.connect();
        await client.query('SELECT 1 FROM "School" LIMIT 1');
      } finally {
        await client.end().catch(() => undefined);
      }
      return true;
    }
    const sqlite = new Database(sqliteFileFromUrl(url), { readonly: true, fileMustExist: true, timeout: 2_000 });
    try {
      sqlite.prepare('SELECT 1 FROM "School" LIMIT 1').get();
    } finally {
      sqlite.close();
    }
    return true;
  } catch {
    return false;
  }
}

const TTL_MS = 1_000;
const state = globalThis as unknown as { imgDbHealth?: { ok: boolean; checkedAt: number; pending?: Promise<boolean> } };

/** probeDatabase, remembered for one second so a busy site probes at most once a second per process. */
export async function isDatabaseHealthy(): Promise<boolean> {
  const now = Date.now();
  const cached = state.imgDbHealth;
  if (cached && now - cached.checkedAt < TTL_MS) return cached.ok;
  if (cached?.pending) return cached.pending;
  const pending = probeDatabase().then((ok) => {
    state.imgDbHealth = { ok, checkedAt: Date.now() };
    return ok;
  });
  state.imgDbHealth = { ok: cached?.ok ?? true, checkedAt: cached?.checkedAt ?? 0, pending };
  return pending;
}
