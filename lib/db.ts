// The app's one Prisma client, chosen from DATABASE_URL (unset or file: → SQLite, postgres:// → PostgreSQL).
// A globalThis singleton so dev-server reloads do not open a new pool each time.
import 'server-only';
import { createPrismaClient, providerOf, type Db } from './db-client';
import { env } from './env';

const globalForDb = globalThis as unknown as { imgPathwaysDb?: Db };

const { DATABASE_URL, isProduction } = env();
export const db: Db = globalForDb.imgPathwaysDb ?? createPrismaClient(DATABASE_URL);
if (!isProduction) globalForDb.imgPathwaysDb = db;

export const dbProvider = providerOf(DATABASE_URL);
export type { Db };
