// Builds a Prisma client for a DATABASE_URL: SQLite through better-sqlite3, PostgreSQL through pg.
// Used by lib/db.ts (the app's singleton) and by scripts and tests, which pass their own URL.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { isPostgresUrl, sqliteFileFromUrl } from './db-url';
import { env } from './env';

/**
 * Secrets no read returns unless it asks (`omit: { passwordHash: false }` or a `select`): only sign-in and the
 * password change do, so a page, an export or an audit snapshot cannot carry a password hash by accident.
 */
const OMIT_SECRETS = { user: { passwordHash: true } } as const;

/** Both generated clients have identical model APIs; the SQLite one names the type. */
export type Db = SqliteClient<never, typeof OMIT_SECRETS>;
export type DbProvider = 'sqlite' | 'postgres';

export function createPrismaClient(url: string | undefined): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({
      connectionString: url,
      max: env().DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
    });
    return new PostgresClient({ adapter, omit: OMIT_SECRETS }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url), timeout: 5_000, fileMustExist: true });
  return new SqliteClient({ adapter, omit: OMIT_SECRETS });
}

export function providerOf(url: string | undefined): DbProvider {
  return isPostgresUrl(url) ? 'postgres' : 'sqlite';
}
