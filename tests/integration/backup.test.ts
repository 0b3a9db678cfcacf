// db:backup / db:restore round trip on both databases: back up a seeded database that also holds users,
// sessions and audit entries, restore into an EMPTY database, and compare every row of every table. A non-empty
// target is refused unless forced.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createTestDatabase, PROVIDERS, type Provider } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { buildSession, createUser } from '@/lib/factories';
import { backupDatabase, countRows, restoreDatabase, RestoreRefused } from '../../scripts/lib/backup';
import { sqliteFileFromUrl } from '@/lib/db-url';

type Dump = Record<string, unknown[]>;

/** Every row of every table (FTS shadow tables included on SQLite), in a stable order, as JSON-able values. */
async function dumpAll(provider: Provider, url: string): Promise<Dump> {
  const out: Dump = {};
  if (provider === 'sqlite') {
    const db = new Database(sqliteFileFromUrl(url), { readonly: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
      for (const { name } of tables) {
        try {
          out[name] = db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
        } catch {
          out[name] = ['(virtual table)'];
        }
      }
    } finally {
      db.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    for (const { table_name } of rows) {
      const r = await client.query(`SELECT * FROM "${table_name}"`);
      out[table_name] = r.rows.map((row) => JSON.stringify(row)).sort();
    }
  } finally {
    await client.end();
  }
  return out;
}

async function emptyTarget(provider: Provider, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const file = path.join(dir, 'restored.db');
    return { url: `file:${file}`, drop: async () => rmSync(file, { force: true }) };
  }
  const base = inject('pgBase' as never) as string;
  const name = `imgp_t_${inject('runId' as never) as string}_restore_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`); // from template1: no tables at all
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

describe.each(PROVIDERS)('backup and restore on %s', (provider) => {
  const { database: source } = useTestDatabase(provider);
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), `imgp-backup-${provider}-`));
    const user = await createUser(source.db, { email: 'backup-admin@example.test', role: 'admin' });
    await source.db.session.create({ data: buildSession(user.id) });
    await source.db.auditLog.create({ data: { action: 'test.backup', entityType: 'school', entitySlug: 'x', actorEmail: user.email, note: 'quote \' and "double" and émoji 🚑' } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restores a backup into an empty database with every row of every table identical', async () => {
    const file = await backupDatabase(source.url, dir);
    expect(existsSync(file)).toBe(true);
    const target = await emptyTarget(provider, dir);
    try {
      expect(await countRows(target.url)).toBe(0);
      await restoreDatabase(target.url, file);
      const [before, after] = [await dumpAll(provider, source.url), await dumpAll(provider, target.url)];
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(before.School.length).toBeGreaterThan(10);
      expect(before.Session).toHaveLength(1);
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    } finally {
      await target.drop();
    }
  });

  it('refuses to restore over a database that holds rows unless forced', async () => {
    const file = await backupDatabase(source.url, dir);
    const other = await createTestDatabase(provider);
    try {
      await other.db.auditLog.create({ data: { action: 'test.only-in-target', entityType: 'school', entitySlug: 'y' } });
      await other.db.$disconnect();
      await expect(restoreDatabase(other.url, file)).rejects.toBeInstanceOf(RestoreRefused);
      expect((await dumpAll(provider, other.url)).AuditLog.some((r) => String(r).includes('test.only-in-target'))).toBe(true);
      await restoreDatabase(other.url, file, { force: true });
      const restored = await dumpAll(provider, other.url);
      expect(restored.AuditLog.some((r) => String(r).includes('test.only-in-target'))).toBe(false);
      expect(restored.AuditLog).toEqual((await dumpAll(provider, source.url)).AuditLog);
    } finally {
      await other.drop();
    }
  });
});
