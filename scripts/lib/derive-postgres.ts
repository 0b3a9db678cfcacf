// Derives the PostgreSQL schema from THE model definition (prisma/schema.prisma, SQLite flavour).
// Only the datasource and the generated client's location differ; models are copied unchanged.
import { readFileSync } from 'node:fs';

export const SQLITE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgres/schema.prisma';

const HEADER =
  '// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit: edit prisma/schema.prisma.\n';

export function derivePostgresSchema(sqliteSchema: string): string {
  let out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/url\s+= "file:[^"]*"/, 'url      = env("DATABASE_URL")')
    .replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgres"');
  if (out === sqliteSchema) throw new Error('derivePostgresSchema: no substitution applied');
  out = out.replace(/^\/\/ THE model definition[\s\S]*?\n\n/, '');
  return HEADER + out;
}

export function readDerivedPostgresSchema(): string {
  return derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8'));
}
