// npm run db:scale -- --schools 50000 [--url file:./data/scale.db] — fills a SEPARATE database with the real
// seed plus synthetic schools (clearly marked: slugs start with "synthetic-", sources on example.edu) so the
// directory can be measured at 100× the data. Never point it at the real database.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createPrismaClient, providerOf } from '../lib/db-client';
import { buildSchoolSearchText } from '../lib/search/normalize';
import {
  ACCEPTS_INTERNATIONAL, CANADIANS_TREATED_AS, COURSEWORK, FUNDS, US_STATES, YES_LIMITED_NO_UNKNOWN, YES_NO_UNKNOWN,
} from '../lib/validation/enums';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const count = Number(option('schools', '50000'));
const url = option('url', process.env.SCALE_DATABASE_URL ?? 'file:./data/scale.db');
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('--schools must be a whole number from 1 to 1,000,000');
  process.exit(2);
}
if (url === (process.env.DATABASE_URL ?? 'file:./data/app.db')) {
  console.error('Refusing to fill the main database: pass --url for a separate one');
  process.exit(2);
}
mkdirSync('data', { recursive: true });
execFileSync('npx', ['tsx', 'scripts/db-prepare.ts'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' } });

// A small deterministic generator so runs are repeatable.
let seed = 20261126;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const PLACES = ['Riverside', 'Lakeview', 'Harbor', 'Summit', 'Prairie', 'Granite', 'Cedar', 'Bayview', 'Northfield', 'Westbrook', 'Pinecrest', 'Redwood', 'Highland', 'Meadow', 'Stonebridge', 'Clearwater', 'Fairmont', 'Oakridge', 'Silver Lake', 'Eastport'];
const KINDS = ['University School of Medicine', 'College of Medicine', 'College of Osteopathic Medicine', 'Medical College', 'School of Medicine and Health Sciences'];
const NOTES = ['Admits a few international students each year', 'Requires proof of funds before the visa letter', 'Merit awards open to all admitted students', 'Prefers US coursework in the sciences', 'Loans for international students need a cosigner'];

const db = createPrismaClient(url);
try {
  const existing = await db.school.count({ where: { slug: { startsWith: 'synthetic-' } } });
  const start = Date.now();
  const batch = providerOf(url) === 'sqlite' ? 500 : 1000;
  for (let offset = existing; offset < count; offset += batch) {
    const rows = [];
    for (let i = offset; i < Math.min(count, offset + batch); i++) {
      const kind = pick(KINDS);
      const degree = kind.includes('Osteopathic') ? 'DO' : 'MD';
      const name = `${pick(PLACES)} ${pick(['State', 'Valley', 'Coast', 'Metropolitan', 'Regional'])} ${kind} ${i}`;
      const city = pick(PLACES);
      const state = pick(US_STATES);
      const notesShort = pick(NOTES);
      rows.push({
        slug: `synthetic-${i}`, name, degree, city, state, ownership: pick(['public', 'private']),
        acceptsInternational: pick(ACCEPTS_INTERNATIONAL), usCourseworkRequired: pick(COURSEWORK), escrowOrProofOfFunds: pick(FUNDS),
        needBasedAidForInternationals: pick(YES_LIMITED_NO_UNKNOWN), meritScholarshipsForInternationals: pick(YES_LIMITED_NO_UNKNOWN),
        institutionalLoansForInternationals: pick(YES_NO_UNKNOWN), cosignerLoansAccepted: pick(YES_NO_UNKNOWN), dacaAccepted: pick(YES_NO_UNKNOWN),
        canadiansTreatedAs: pick(CANADIANS_TREATED_AS), tuitionUsdPerYear: random() < 0.15 ? null : 30_000 + Math.floor(random() * 80_000),
        tuitionYear: '2025-2026', websiteUrl: `https://example.edu/synthetic/${i}`, internationalPolicyUrl: null, notesShort, asOf: '2026',
        aliases: '', searchText: buildSchoolSearchText({ name, aliases: '', city, state, notesShort }), status: 'published',
        lastVerifiedAt: random() < 0.5 ? new Date(Date.now() - Math.floor(random() * 800) * 86_400_000) : null,
      });
    }
    await db.school.createMany({ data: rows });
    const created = await db.school.findMany({ where: { slug: { in: rows.map((r) => r.slug) } }, select: { id: true, slug: true } });
    await db.source.createMany({ data: created.map((s) => ({ schoolId: s.id, url: `https://example.edu/synthetic/${s.slug}/international`, title: 'Synthetic source (scale test)' })) });
    if ((offset / batch) % 20 === 0) console.log(`  ${Math.min(count, offset + batch)} / ${count}`);
  }
  await db.$executeRawUnsafe('ANALYZE'); // planner statistics for the new size (see lib/db-extras.ts)
  console.log(`Scale database ready: ${await db.school.count()} schools in ${((Date.now() - start) / 1000).toFixed(1)} s (${url})`);
} finally {
  await db.$disconnect();
}
