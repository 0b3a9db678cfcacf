// Per-test databases for integration tests, copied from the run's templates (see integration-global-setup).
import { copyFileSync, rmSync } from 'node:fs';
import { inject, vi } from 'vitest';
import pg from 'pg';
import { createPrismaClient, type Db } from '@/lib/db-client';

export const PROVIDERS = ['sqlite', 'postgres'] as const;
export type Provider = (typeof PROVIDERS)[number];

let counter = 0;

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const id = `${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const runId = inject('runId' as never) as string;
  if (provider === 'sqlite') {
    const file = `data/test/${runId}-${id}.db`;
    copyFileSync(inject('sqliteTemplate' as never) as string, file);
    const url = `file:./${file}`;
    const db = createPrismaClient(url);
    return {
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      },
    };
  }
  const base = inject('pgBase' as never) as string;
  const name = `imgp_t_${runId}_${id}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplate' as never) as string}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = createPrismaClient(url.toString());
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Points the app modules imported from now on (lib/db reads DATABASE_URL) at the given database. */
export function bindAppToDatabase(url: string): void {
  vi.resetModules();
  process.env.DATABASE_URL = url;
  (globalThis as { imgPathwaysDb?: unknown }).imgPathwaysDb = undefined;
}

/** Imports an app module (which reads DATABASE_URL through lib/db) bound to the given database. */
export async function importWithDatabase<T>(url: string, modulePath: string): Promise<T> {
  bindAppToDatabase(url);
  return (await import(/* @vite-ignore */ modulePath)) as T;
}
