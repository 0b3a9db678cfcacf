// The app's one Prisma client, chosen from DATABASE_URL (unset or file: → SQLite, postgres:// → PostgreSQL).
// A globalThis singleton so dev-server reloads do not open a new pool each time.
import 'server-only';
import { createPrismaClient, providerOf, type Db } from './db-client';

const globalForDb = globalThis as unknown as { imgPathwaysDb?: Db };

export const db: Db = globalForDb.imgPathwaysDb ?? createPrismaClient(process.env.DATABASE_URL);
if (process.env.NODE_ENV !== 'production') globalForDb.imgPathwaysDb = db;

export const dbProvider = providerOf(process.env.DATABASE_URL);
export type { Db };
