// npm run db:generate — derives the PostgreSQL schema, then generates both Prisma clients
// (lib/generated/sqlite and lib/generated/postgres). The CLI reads prisma.config.ts, which picks the provider
// from DATABASE_URL, so each generation runs with a URL of its own provider.
import { run, PLACEHOLDER_POSTGRES_URL } from './lib/run';
import { mkdirSync, writeFileSync } from 'node:fs';
import { POSTGRES_SCHEMA, readDerivedPostgresSchema } from './lib/derive-postgres';
import { dirname } from 'node:path';

mkdirSync(dirname(POSTGRES_SCHEMA), { recursive: true });
writeFileSync(POSTGRES_SCHEMA, readDerivedPostgresSchema());
run('npx', ['prisma', 'generate', '--schema', 'prisma/schema.prisma'], { DATABASE_URL: 'file:./data/app.db' });
run('npx', ['prisma', 'generate', '--schema', POSTGRES_SCHEMA], { DATABASE_URL: PLACEHOLDER_POSTGRES_URL });
