// Idempotent database settings Prisma Migrate cannot express, applied after `migrate deploy`.
import type { Db, DbProvider } from './db-client';

export async function applyDatabaseExtras(db: Db, provider: DbProvider): Promise<void> {
  if (provider === 'sqlite') {
    // WAL lets readers proceed while an admin writes; the setting is stored in the file.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  }
}
