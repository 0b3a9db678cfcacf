// Search by state name or abbreviation finds every school in the state (issue 18), on both databases, and the
// data migration that adds state names to older rows' search text gives what a fresh save would.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { loadCsvSchools } from '../support/school-oracle';
import { buildSchoolSearchText } from '@/lib/search/normalize';

const csv = loadCsvSchools();
/** The directory's default listing in one state: schools that accept international applicants. */
const listedIn = (state: string) =>
  csv.filter((s) => s.state === state && ['yes', 'limited'].includes(s.accepts_international)).map((s) => s.slug).sort();

function migrationSql(dir: string): string[] {
  const folder = readdirSync(dir).find((name) => name.endsWith('_search_state_names'))!;
  return readFileSync(`${dir}/${folder}/migration.sql`, 'utf8').split('\n').filter((line) => line.startsWith('UPDATE'));
}

describe.each(PROVIDERS)('search by state on %s', (provider) => {
  const { database, queries, filters } = useTestDatabase(provider, { queries: () => import('@/lib/schools/queries'), filters: () => import('@/lib/schools/filters') });

  const search = async (q: string) =>
    (await queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams({ q })).filter, { perPage: null })).results.map((s) => s.slug);

  it('"new york", "N.Y." and "NY" each return every New York school', async () => {
    const expected = listedIn('NY');
    expect(expected.length).toBeGreaterThanOrEqual(7);
    for (const q of ['new york', 'New York', 'N.Y.', 'NY']) expect((await search(q)).sort(), q).toEqual(expected);
  });

  it('"california", "Calif." and "DC"/"D.C." find their states’ schools', async () => {
    for (const q of ['california', 'Calif.']) expect(await search(q), q).toEqual(expect.arrayContaining(listedIn('CA')));
    expect(listedIn('CA').length).toBeGreaterThan(0);
    // "DC" is also the start of other words ("DCOM" in a school's name), as any prefix is; the dotted form is exact.
    expect(await search('DC')).toEqual(expect.arrayContaining(listedIn('DC')));
    for (const q of ['D.C.', 'Washington, D.C.']) expect((await search(q)).sort(), q).toEqual(listedIn('DC'));
  });

  it('the migration gives rows written before it the search text a save writes now, and the index follows', async () => {
    const school = await database.db.school.findFirstOrThrow({ where: { state: 'NY', city: { not: 'New York' }, NOT: { name: { contains: 'New York' } } } });
    const current = buildSchoolSearchText(school);
    const before = current.replace(/ new york$/, '');
    expect(before).not.toBe(current);
    await database.db.school.update({ where: { id: school.id }, data: { searchText: before } });
    expect(await search('new york')).not.toContain(school.slug);
    const dir = provider === 'sqlite' ? 'prisma/migrations' : 'prisma/postgres/migrations';
    for (const statement of migrationSql(dir)) await database.db.$executeRawUnsafe(`${statement.replace(/;$/, '')} AND "id" = ${school.id}`);
    expect((await database.db.school.findUniqueOrThrow({ where: { id: school.id } })).searchText).toBe(current);
    expect(await search('new york')).toContain(school.slug);
  });
});
