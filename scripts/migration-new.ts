// npm run db:migration -- <name> — writes a new migration for BOTH providers by diffing the schema the last
// migration was made from (prisma/migrations/schema.snapshot.prisma) against prisma/schema.prisma.
// `prisma migrate dev` cannot be used here (DESIGN §6: P1014/P3006 with driver adapters).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capture, PLACEHOLDER_POSTGRES_URL } from './lib/run';
import { derivePostgresSchema, POSTGRES_SCHEMA, readDerivedPostgresSchema } from './lib/derive-postgres';
import { readFileSync } from 'node:fs';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:migration -- <name>');
  process.exit(2);
}
const SNAPSHOT = 'prisma/migrations/schema.snapshot.prisma';
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
writeFileSync(POSTGRES_SCHEMA, readDerivedPostgresSchema());

function diff(provider: 'sqlite' | 'postgres'): string {
  const to = provider === 'sqlite' ? 'prisma/schema.prisma' : POSTGRES_SCHEMA;
  let from: string[] = ['--from-empty'];
  if (existsSync(SNAPSHOT)) {
    const snapshot = readFileSync(SNAPSHOT, 'utf8');
    const previous = provider === 'sqlite' ? snapshot : derivePostgresSchema(snapshot);
    const file = path.join('data', `.previous-${provider}.prisma`);
    mkdirSync('data', { recursive: true });
    writeFileSync(file, previous);
    from = ['--from-schema-datamodel', file];
  }
  const url = provider === 'sqlite' ? 'file:./data/app.db' : PLACEHOLDER_POSTGRES_URL;
  return capture('npx', ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', to, '--script'], {
    DATABASE_URL: url,
  });
}

let wrote = 0;
for (const provider of ['sqlite', 'postgres'] as const) {
  const sql = diff(provider);
  if (/^\s*(-- This is an empty migration\.)?\s*$/.test(sql)) {
    console.log(`${provider}: schema unchanged, no migration written`);
    continue;
  }
  const dir = path.join(provider === 'sqlite' ? 'prisma/migrations' : 'prisma/postgres/migrations', `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`${provider}: wrote ${dir}/migration.sql`);
  wrote++;
}
for (const dir of ['prisma/migrations', 'prisma/postgres/migrations']) {
  const lock = path.join(dir, 'migration_lock.toml');
  const provider = dir.includes('postgres') ? 'postgresql' : 'sqlite';
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
}
if (wrote > 0) copyFileSync('prisma/schema.prisma', SNAPSHOT);
