// npm run db:derive — writes prisma/postgres/schema.prisma from prisma/schema.prisma.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { POSTGRES_SCHEMA, readDerivedPostgresSchema } from './lib/derive-postgres';

mkdirSync(dirname(POSTGRES_SCHEMA), { recursive: true });
writeFileSync(POSTGRES_SCHEMA, readDerivedPostgresSchema());
console.log(`wrote ${POSTGRES_SCHEMA}`);
