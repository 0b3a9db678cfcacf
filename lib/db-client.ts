// Builds a Prisma client for a DATABASE_URL: SQLite through better-sqlite3, PostgreSQL through pg.
// Used by lib/db.ts (the app's singleton) and by scripts and tests, which pass their own URL.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { isPostgresUrl, sqliteFileFromUrl } from './db-url';

/** Both generated clients have identical model APIs; the SQLite one names the type. */
export type Db = SqliteClient;
export type DbProvider = 'sqlite' | 'postgres';

export function createPrismaClient(url: string | undefined): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 5_000,
    });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url), timeout: 5_000, fileMustExist: true });
  return new SqliteClient({ adapter });
}

export function providerOf(url: string | undefined): DbProvider {
  return isPostgresUrl(url) ? 'postgres' : 'sqlite';
}
