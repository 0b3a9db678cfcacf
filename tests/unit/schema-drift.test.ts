import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDerivedPostgresSchema, POSTGRES_SCHEMA } from '@/scripts/lib/derive-postgres';

describe('dual-database schema', () => {
  it('the committed PostgreSQL schema is exactly the one derived from prisma/schema.prisma', () => {
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(readDerivedPostgresSchema());
  });

  it('migrations were generated from the current schema (run `npm run db:migration -- <name>` after editing it)', () => {
    expect(readFileSync('prisma/migrations/schema.snapshot.prisma', 'utf8')).toBe(readFileSync('prisma/schema.prisma', 'utf8'));
  });

  it('both providers have the same migrations', () => {
    const list = (dir: string) => readdirSync(dir).filter((d) => /^\d{14}_/.test(d)).sort();
    expect(list('prisma/postgres/migrations')).toEqual(list('prisma/migrations'));
  });
});
