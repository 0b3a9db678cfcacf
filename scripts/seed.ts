// npm run db:seed — validates and upserts the seed dataset into DATABASE_URL's database, then prints a report.
import { createPrismaClient } from '../lib/db-client';
import { seedDatabase } from '../lib/seed/seed';
import { formatSeedReport } from '../lib/seed/report';

const db = createPrismaClient(process.env.DATABASE_URL);
try {
  const report = await seedDatabase(db);
  console.log(formatSeedReport(report));
} finally {
  await db.$disconnect();
}
