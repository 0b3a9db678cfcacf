// Once per integration run: a migrated, seeded SQLite template file and a migrated, seeded PostgreSQL template
// database. Each test copies one (a file copy, or CREATE DATABASE … TEMPLATE) so tests never share writes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import { assertLocalDatabaseUrl } from './local-guard';

export const RUN_ID = `${process.pid}_${Date.now().toString(36)}`;

function adminUrl(base: string, database: string) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

function prepare(databaseUrl: string) {
  execFileSync('npx', ['tsx', 'scripts/db-prepare.ts'], {
    stdio: 'pipe',
    env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_EMAIL: '', ADMIN_PASSWORD: '', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const pgBase = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  assertLocalDatabaseUrl(pgBase);
  mkdirSync('data/test', { recursive: true });
  const sqliteTemplate = `data/test/template-${RUN_ID}.db`;
  prepare(`file:./${sqliteTemplate}`);

  const pgTemplate = `imgp_tpl_${RUN_ID}`;
  const admin = new pg.Client({ connectionString: pgBase });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${pgTemplate}"`);
  await admin.end();
  prepare(adminUrl(pgBase, pgTemplate));

  provide('sqliteTemplate', sqliteTemplate);
  provide('pgBase', pgBase);
  provide('pgTemplate', pgTemplate);
  provide('runId', RUN_ID);

  return async () => {
    rmSync(sqliteTemplate, { force: true });
    const cleanup = new pg.Client({ connectionString: pgBase });
    await cleanup.connect();
    const { rows } = await cleanup.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`imgp_%${RUN_ID}%`]);
    for (const row of rows) await cleanup.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await cleanup.end();
  };
}
