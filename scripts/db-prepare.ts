// Applies migrations (migrate deploy, never db push), seeds an empty database, and creates the first admin
// from ADMIN_EMAIL/ADMIN_PASSWORD when no user exists. Safe to run on every start.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient, providerOf } from '../lib/db-client';
import { sqliteFileFromUrl } from '../lib/db-url';
import { seedDatabase, SEED_DATA_DIR } from '../lib/seed/seed';
import { hashSeedData, loadedSeedHash, recordSeedHash } from '../lib/seed/seed-state';
import { formatSeedReport } from '../lib/seed/report';
import { createFirstAdminFromEnv } from '../lib/auth/first-admin';
import { applyDatabaseExtras } from '../lib/db-extras';
import { run } from './lib/run';

const url = process.env.DATABASE_URL;
const provider = providerOf(url);
if (provider === 'sqlite') mkdirSync(path.dirname(sqliteFileFromUrl(url)), { recursive: true });

const schema = provider === 'sqlite' ? 'prisma/schema.prisma' : 'prisma/postgres/schema.prisma';
const migrationsDir = provider === 'sqlite' ? 'prisma/migrations' : 'prisma/postgres/migrations';
const expected = readdirSync(migrationsDir).filter((name) => /^\d{14}_/.test(name));

/** True when every migration folder is recorded as applied, so the (slow to start) CLI can be skipped. */
async function migrationsApplied(): Promise<boolean> {
  if (provider === 'sqlite' && !existsSync(sqliteFileFromUrl(url))) return false;
  const probe = createPrismaClient(url);
  try {
    const rows = await probe.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return expected.every((name) => applied.has(name));
  } catch {
    return false; // no migrations table yet, or no database
  } finally {
    await probe.$disconnect();
  }
}

if (await migrationsApplied()) console.log(`All ${expected.length} migrations already applied`);
else run('npx', ['prisma', 'migrate', 'deploy', '--schema', schema], url ? { DATABASE_URL: url } : {});

const db = createPrismaClient(url);
try {
  await applyDatabaseExtras(db, provider);
  const schools = await db.school.count();
  const dataHash = hashSeedData(SEED_DATA_DIR);
  if (schools === 0 || (await loadedSeedHash(db)) !== dataHash) {
    // New research data reaches existing databases once; rows an editor changed since are kept (seed report).
    console.log(schools === 0 ? 'Database is empty: loading the seed data' : 'The seed data changed: applying it');
    const report = await seedDatabase(db);
    console.log(formatSeedReport(report));
    if (Object.values(report).every((r) => r.rejected.length === 0)) await recordSeedHash(db, dataHash);
    else console.log('Some seed rows were rejected (above); the seed will be tried again on the next start');
  } else {
    console.log(`Database has ${schools} schools and the current seed data`);
  }
  const admin = await createFirstAdminFromEnv(db);
  if (admin) console.log(`Created the first admin: ${admin}`);
} finally {
  await db.$disconnect();
}
