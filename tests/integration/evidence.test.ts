// The 2026-12 dataset on real SQLite and PostgreSQL: 146 schools and 539 evidence rows seeded exactly, the
// directory's default (schools that accept) and intl=no, source=school, the says-no answer to a search, and
// the seed's promises: idempotent, all-or-nothing evidence with row numbers, new research reaching an existing
// database while an editor's edit is kept.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { parseCsv } from '@/lib/csv/parse';

const evidenceCsv = parseCsv(readFileSync('prisma/seed-data/evidence.csv', 'utf8')).records.map((r) => r.values);
const schoolsCsv = parseCsv(readFileSync('prisma/seed-data/schools.csv', 'utf8')).records.map((r) => r.values);

/** A copy of the seed data directory with one file's text changed. */
function seedDirWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imgp-seed-'));
  cpSync('prisma/seed-data', dir, { recursive: true });
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

describe.each(PROVIDERS)('evidence and the 146-school dataset on %s', (provider) => {
  const { database, queries, saysNo, seed, filters } = useTestDatabase(provider, {
    queries: () => import('@/lib/schools/queries'), saysNo: () => import('@/lib/schools/says-no'), seed: () => import('@/lib/seed/seed'), filters: () => import('@/lib/schools/filters'),
  });

  const search = async (query: string) =>
    queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams(query)).filter, { perPage: null });

  it('holds every school and every evidence row of the data, under the right school and field', async () => {
    expect(schoolsCsv).toHaveLength(146);
    expect(await database.db.school.count()).toBe(146);
    expect(await database.db.evidence.count()).toBe(evidenceCsv.length);
    const rows = await database.db.evidence.findMany({ include: { school: { select: { slug: true } } } });
    const stored = new Set(rows.map((e) => [e.school.slug, e.field, e.value, e.sourceUrl, e.sourceKind].join(' ')));
    for (const [i, e] of evidenceCsv.entries()) {
      const value = e.value.replace(/[$,\s]/g, '');
      expect(stored.has([e.slug, e.field, value, e.source_url, e.source_kind].join(' ')), `evidence.csv line ${i + 2}`).toBe(true);
    }
  });

  it('lists the 64 schools that accept by default and the 82 that say no with intl=no', async () => {
    expect((await search('')).total).toBe(64);
    expect((await search('intl=yes')).total).toBe(48);
    expect((await search('intl=limited')).total).toBe(16);
    expect((await search('intl=no')).total).toBe(82);
    expect((await search('intl=yes,limited,no')).total).toBe(146);
    const counts = await queries.countPublishedSchools();
    expect(counts).toMatchObject({ total: 146, acceptingIntl: 64, acceptingFully: 48, acceptingLimited: 16, sayNo: 82 });
  });

  it('applies the corrections of the 2026-12 pass', async () => {
    const value = async (slug: string) => (await database.db.school.findUnique({ where: { slug } }))!.acceptsInternational;
    expect(await value('cwru-md')).toBe('no');
    expect(await value('uky-md')).toBe('limited');
    expect(await value('gwu-md')).toBe('limited');
  });

  it('source=school counts a fact only when a school or official page states it', async () => {
    const withSource = await search('source=school');
    const supported = new Set(
      evidenceCsv
        .filter((e) => e.field === 'accepts_international' && (e.source_kind === 'school' || e.source_kind === 'official'))
        .map((e) => `${e.slug} ${e.value}`),
    );
    const expected = schoolsCsv.filter(
      (s) => ['yes', 'limited'].includes(s.accepts_international) && supported.has(`${s.slug} ${s.accepts_international}`),
    );
    expect(withSource.total).toBe(expected.length);
    expect(withSource.total).toBeLessThan(64);
    expect(withSource.results.map((s) => s.slug).sort()).toEqual(expected.map((s) => s.slug).sort());
  });

  it('answers a search for a school that says no with the school and its source', async () => {
    const { filter } = filters.parseSchoolFilter(new URLSearchParams('q=drexel'));
    expect((await queries.searchSchools(filter)).total).toBe(0);
    const named = await saysNo.findSchoolsSayingNo(filter);
    expect(named.map((s) => s.slug)).toContain('drexel-md');
    const drexel = named.find((s) => s.slug === 'drexel-md')!;
    const sources = evidenceCsv.filter((e) => e.slug === 'drexel-md' && e.field === 'accepts_international' && e.value === 'no');
    expect(sources.map((e) => e.source_url)).toContain(drexel.sourceUrl);
    // With intl=no the school is a result, so it is not named twice.
    expect(await saysNo.findSchoolsSayingNo(filters.parseSchoolFilter(new URLSearchParams('q=drexel&intl=no')).filter)).toEqual([]);
  });

  it('gives every school a reader summary of at most 200 characters', async () => {
    const schools = await database.db.school.findMany({ select: { slug: true, readerSummary: true } });
    for (const s of schools) {
      expect(s.readerSummary.length, s.slug).toBeGreaterThan(20);
      expect(s.readerSummary.length, s.slug).toBeLessThanOrEqual(200);
    }
  });

  it('seeding again changes nothing', async () => {
    const before = await database.db.evidence.findMany({ orderBy: { id: 'asc' } });
    const report = await seed.seedDatabase(database.db);
    expect(report.evidence).toMatchObject({ created: 0, updated: 0, unchanged: evidenceCsv.length, rejected: [] });
    expect(report.schools).toMatchObject({ created: 0, updated: 0, unchanged: 146 });
    expect(await database.db.evidence.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('refuses an evidence file with a bad row: row number and reason, nothing written', async () => {
    const bad = seedDirWith('evidence.csv', (text) =>
      text
        .replace(/\n(tufts-md,accepts_international),limited,/, '\n$1,perhaps,')
        .concat('no-such-school,daca_accepted,yes,https://example.org/,,school\n'),
    );
    const before = await database.db.evidence.findMany({ orderBy: { id: 'asc' } });
    const report = await seed.seedDatabase(database.db, bad);
    expect(report.evidence.created + report.evidence.updated).toBe(0);
    expect(report.evidence.rejected).toEqual([
      expect.objectContaining({ line: 2, slug: 'tufts-md', reason: expect.stringContaining('accepts_international must be one of') }),
      expect.objectContaining({ line: evidenceCsv.length + 2, reason: expect.stringContaining('no-such-school') }),
    ]);
    expect(await database.db.evidence.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('brings new research to an existing database and keeps a school an editor changed', async () => {
    // An older pass said Morehouse accepts; the editor has since changed Tufts' tuition by hand.
    const older = seedDirWith('schools.csv', (text) => text.replace(/\n(morehouse-md,[^\n]*?,private),no,/, '\n$1,yes,'));
    await seed.seedDatabase(database.db, older);
    expect((await database.db.school.findUnique({ where: { slug: 'morehouse-md' } }))!.acceptsInternational).toBe('yes');
    const tufts = (await database.db.school.findUnique({ where: { slug: 'tufts-md' } }))!;
    await database.db.school.update({ where: { id: tufts.id }, data: { tuitionUsdPerYear: 12345, version: { increment: 1 } } });

    const report = await seed.seedDatabase(database.db);
    expect(report.schools.kept).toBe(1);
    expect((await database.db.school.findUnique({ where: { slug: 'morehouse-md' } }))!.acceptsInternational).toBe('no');
    expect((await database.db.school.findUnique({ where: { slug: 'tufts-md' } }))!.tuitionUsdPerYear).toBe(12345);
  });
});
