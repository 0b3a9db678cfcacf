// Prisma CLI configuration. The CLI runs without any Rust engine binary: migrations go through the same
// JavaScript driver adapters the app uses (DESIGN §6). DATABASE_URL picks the provider.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { isPostgresUrl, sqliteFileFromUrl } from './lib/db-url';

const url = process.env.DATABASE_URL ?? '';
const postgres = isPostgresUrl(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres ? path.join('prisma', 'postgres', 'schema.prisma') : path.join('prisma', 'schema.prisma'),
  migrations: {
    path: postgres ? path.join('prisma', 'postgres', 'migrations') : path.join('prisma', 'migrations'),
  },
  async adapter() {
    if (postgres) return new PrismaPg({ connectionString: url });
    return new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url) });
  },
});
