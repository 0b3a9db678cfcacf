// Backups of the app's database, shared by `npm run db:backup` / `npm run db:restore` and their tests.
// SQLite: better-sqlite3's online backup API (consistent while the app keeps writing, WAL included).
// PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction (all or nothing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, postgresSchemaFromUrl, sqliteFileFromUrl } from '../../lib/db-url';

export const BACKUP_DIR = 'data/backups';

/** libpq rejects Prisma's `?schema=` (and other non-libpq) parameters: keep only the connection itself. */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  for (const key of [...u.searchParams.keys()]) if (key !== 'sslmode' && key !== 'application_name') u.searchParams.delete(key);
  return u.toString();
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
}

/** Writes a backup file under `dir` and returns its path. */
export async function backupDatabase(url: string | undefined, dir = BACKUP_DIR, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  if (isPostgresUrl(url)) {
    const name = new URL(url!).pathname.slice(1) || 'postgres';
    const file = path.join(dir, `${name}-${stamp(now)}.dump`);
    // Only a URL that names its schema (`?schema=`) limits the dump to it; otherwise the whole database.
    const only = new URL(url!).searchParams.get('schema');
    const args = ['--format=custom', '--no-owner', '--no-privileges', ...(only ? [`--schema=${only}`] : []), `--file=${file}`, libpqUrl(url!)];
    execFileSync('pg_dump', args, {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return file;
  }
  const source = sqliteFileFromUrl(url);
  const file = path.join(dir, `${path.basename(source, '.db')}-${stamp(now)}.db`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  return file;
}

/** Rows in every table except Prisma's migration ledger; 0 (or no tables at all) means the database is empty. */
export async function countRows(url: string | undefined): Promise<number> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: libpqUrl(url!) });
    await client.connect();
    try {
      const schema = postgresSchemaFromUrl(url!);
      const { rows } = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
        [schema],
      );
      let total = 0;
      for (const { table_name } of rows) {
        const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table_name}"`);
        total += Number(r.rows[0].n);
      }
      return total;
    } finally {
      await client.end();
    }
  }
  const file = sqliteFileFromUrl(url);
  if (!existsSync(file) || statSync(file).size === 0) return 0;
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`)
      .all() as { name: string }[];
    // Virtual (FTS) tables and their shadow tables mirror real rows; counting real tables is enough.
    let total = 0;
    for (const { name } of tables) {
      try {
        total += (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
      } catch {
        // an FTS shadow table that cannot be counted on its own
      }
    }
    return total;
  } finally {
    db.close();
  }
}

export class RestoreRefused extends Error {}

/** Restores `file` into the database at `url`. Refuses a target holding any row unless `force`. */
export async function restoreDatabase(url: string | undefined, file: string, options: { force?: boolean } = {}): Promise<void> {
  if (!existsSync(file)) throw new RestoreRefused(`No backup file at ${file}`);
  const rows = await countRows(url);
  if (rows > 0 && !options.force) {
    throw new RestoreRefused(`The target database is not empty (${rows} rows). Restore into an empty database, or pass --force to replace it.`);
  }
  if (isPostgresUrl(url)) {
    // --clean --if-exists drops what a migrated-but-empty (or --force) target already has; --single-transaction
    // means a failure half-way leaves the target as it was.
    execFileSync('pg_restore', ['--no-owner', '--no-privileges', '--clean', '--if-exists', '--single-transaction', '--exit-on-error', `--dbname=${libpqUrl(url!)}`, file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return;
  }
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new RestoreRefused(`The backup file fails SQLite's integrity check: ${String(check)}`);
    const target = sqliteFileFromUrl(url);
    mkdirSync(path.dirname(target), { recursive: true });
    // The online backup API copies page by page into the target and replaces its whole content.
    await backup.backup(target);
  } finally {
    backup.close();
  }
}
