// Seed and directory queries against real SQLite and real PostgreSQL, checked against an independent oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { loadCsvSchools, oracleMatches, oracleSort, toQuery, type OracleFilter } from '../support/school-oracle';

type Filters = typeof import('@/lib/schools/filters');

const csv = loadCsvSchools();
const states = [...new Set(csv.map((s) => s.state.toLowerCase()))];

const filterArb: fc.Arbitrary<OracleFilter> = fc.record(
  {
    degree: fc.subarray(['md', 'do']),
    state: fc.subarray(states, { maxLength: 4 }),
    ownership: fc.subarray(['public', 'private']),
    intl: fc.subarray(['yes', 'limited', 'no']),
    aid: fc.subarray(['need', 'merit', 'loan']),
    cosigner: fc.boolean(),
    funds: fc.constantFrom('none', 'proof', 'escrow'),
    coursework: fc.constantFrom('none', 'preferred', 'required', 'degree_required'),
    daca: fc.boolean(),
    canada: fc.boolean(),
    tuitionMax: fc.integer({ min: 30_000, max: 110_000 }),
    source: fc.boolean(),
    sort: fc.constantFrom('name', 'tuition', '-tuition'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<OracleFilter>;

describe.each(PROVIDERS)('directory on %s', (provider) => {
  const { database, queries, filters } = useTestDatabase(provider, { queries: () => import('@/lib/schools/queries'), filters: () => import('@/lib/schools/filters') });

  it('loaded every school, lender and program of the seed with their sources', async () => {
    expect(await database.db.school.count()).toBe(csv.length);
    const harvard = await database.db.school.findUnique({ where: { slug: 'harvard-md' }, include: { sources: true } });
    const row = csv.find((s) => s.slug === 'harvard-md')!;
    expect(harvard!.sources.map((s) => s.url).sort()).toEqual(row.source_urls.split(' ').sort());
    expect(harvard!.asOf).toBe(row.as_of);
  });

  it('seeding again changes nothing', async () => {
    const { seedDatabase } = await import('@/lib/seed/seed');
    const before = await database.db.school.findMany({ orderBy: { id: 'asc' } });
    const report = await seedDatabase(database.db);
    for (const entity of Object.values(report)) {
      expect(entity.created + entity.updated).toBe(0);
      expect(entity.rejected).toEqual([]);
    }
    expect(await database.db.school.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('matches the oracle for random filter combinations (total and page-1 order)', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, async (f) => {
        const { filter } = filters.parseSchoolFilter(new URLSearchParams(toQuery(f)));
        const result = await queries.searchSchools(filter);
        const expected = oracleSort(csv.filter((s) => oracleMatches(s, f)), f.sort);
        expect(result.total).toBe(expected.length);
        expect(result.results.map((r) => r.slug)).toEqual(expected.slice(0, 20).map((s) => s.slug));
      }),
      { numRuns: 60 },
    );
  });

  it('facet counts equal the totals of the filters they lead to', async () => {
    const { filter } = filters.parseSchoolFilter(new URLSearchParams('intl=yes,limited&aid=need'));
    const facets = await queries.countSchoolFacets(filter);
    const expectTotal = async (query: string, count: number) =>
      expect((await queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams(query)).filter)).total).toBe(count);
    await expectTotal('intl=yes,limited&aid=need,loan', facets.aid.loan);
    await expectTotal('intl=yes,limited&aid=need&degree=do', facets.degree.do);
    await expectTotal('intl=yes,limited&aid=need&funds=none', facets.funds.none);
    await expectTotal('aid=need&intl=yes', facets.intl.yes);
  });

  it('with free text, every facet count equals the total of the filter it leads to (random combinations)', async () => {
    const total = async (filter: ReturnType<Filters['parseSchoolFilter']>['filter']) => (await queries.searchSchools(filter, { perPage: 0 })).total;
    // Few facets at a time, so that most counts are not zero (a count of schools failing one facet is the point).
    const lightArb: fc.Arbitrary<OracleFilter> = fc.record(
      { degree: fc.subarray(['md', 'do'], { maxLength: 1 }), state: fc.subarray(['ny', 'ca', 'ma', 'pa', 'tx'], { maxLength: 2 }),
        intl: fc.subarray(['yes', 'limited', 'no'], { maxLength: 1 }), aid: fc.subarray(['need', 'merit'], { maxLength: 1 }), cosigner: fc.boolean(),
        source: fc.boolean() },
      { requiredKeys: [] },
    ) as fc.Arbitrary<OracleFilter>;
    let nonZero = 0;
    await fc.assert(
      fc.asyncProperty(lightArb, fc.constantFrom('university', 'medicine', 'college', 'school of medicine', 'new york', 'state', 'osteopathic'), async (f, q) => {
        const { filter } = filters.parseSchoolFilter(new URLSearchParams(`q=${encodeURIComponent(q)}&${toQuery(f)}`));
        const facets = await queries.countSchoolFacets(filter);
        for (const degree of ['md', 'do'] as const) expect(facets.degree[degree], `degree ${degree}`).toBe(await total({ ...filter, degree: [degree] }));
        for (const state of ['ny', 'ca', 'ma']) expect(facets.state[state] ?? 0, `state ${state}`).toBe(await total({ ...filter, state: [state] }));
        expect(facets.source, 'source').toBe(await total({ ...filter, source: 'school' }));
        for (const intl of ['yes', 'limited', 'no'] as const) expect(facets.intl[intl], `intl ${intl}`).toBe(await total({ ...filter, intl: [intl] }));
        for (const aid of ['need', 'merit', 'loan'] as const) {
          expect(facets.aid[aid], `aid ${aid}`).toBe(await total({ ...filter, aid: filter.aid.includes(aid) ? filter.aid : [...filter.aid, aid] }));
        }
        for (const funds of ['none', 'proof'] as const) expect(facets.funds[funds], `funds ${funds}`).toBe(await total({ ...filter, funds }));
        expect(facets.cosigner, 'cosigner').toBe(await total({ ...filter, cosigner: 'yes' }));
        expect(facets.daca, 'daca').toBe(await total({ ...filter, daca: 'yes' }));
        nonZero += Object.values(facets.state).filter((n) => n > 0).length;
      }),
      // A fixed seed: the guard below checks the property was not vacuous, and a random draw of 25 could be.
      { numRuns: 25, seed: 20261202 },
    );
    expect(nonZero).toBeGreaterThan(25);
  });

  it('a search with filters returns exactly the text matches that the filter alone returns (random combinations)', async () => {
    const ids = async (query: string) =>
      (await queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams(query)).filter, { perPage: null })).results.map((r) => r.slug);
    await fc.assert(
      fc.asyncProperty(filterArb, fc.constantFrom('university', 'medicine', 'college', 'new york', 'osteopathic'), async (f, q) => {
        const both = await ids(`q=${encodeURIComponent(q)}&${toQuery(f)}`);
        const textOnly = new Set(await ids(`q=${encodeURIComponent(q)}&intl=yes,limited,no`)); // every policy
        const filterOnly = await ids(toQuery(f)); // no text: the database applies the filter
        expect([...both].sort()).toEqual(filterOnly.filter((slug) => textOnly.has(slug)).sort());
      }),
      { numRuns: 30 },
    );
  });

  it('suggested relaxations of a search give the totals their filters give (random combinations)', async () => {
    let suggested = 0;
    await fc.assert(
      fc.asyncProperty(filterArb, fc.constantFrom('university', 'medicine', 'college', 'osteopathic'), async (f, q) => {
        const { filter } = filters.parseSchoolFilter(new URLSearchParams(`q=${q}&${toQuery(f)}`));
        for (const option of await queries.suggestRelaxations(filter)) {
          expect(option.total, option.param).toBe((await queries.searchSchools(option.filter, { perPage: 0 })).total);
          suggested++;
        }
      }),
      // A fixed seed: most random filters match something and suggest nothing, so an unseeded draw of 80
      // sometimes produced only 10 suggestions and failed the guard below (CI, 2026-12-02).
      { numRuns: 80, seed: 20261202 },
    );
    expect(suggested).toBeGreaterThan(10);
  });

  it('sorts text matches in SQL exactly as the lists sort in Prisma, for every sort', async () => {
    const { SCHOOL_ORDER_SQL, schoolOrderBy } = await import('@/lib/schools/where');
    const all = await database.db.school.findMany({ select: { id: true } });
    for (const sort of Object.keys(SCHOOL_ORDER_SQL) as (keyof typeof SCHOOL_ORDER_SQL)[]) {
      const viaPrisma = (await database.db.school.findMany({ orderBy: schoolOrderBy(sort), select: { id: true } })).map((r) => r.id);
      expect(await queries.sortSchoolIds(all.map((r) => r.id).reverse(), sort), sort).toEqual(viaPrisma);
    }
  });

  it('finds schools by typo, alias and abbreviation, exact names first', async () => {
    const search = async (q: string) =>
      (await queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams({ q })).filter)).results.map((r) => r.slug);
    expect(await search('harvrd')).toContain('harvard-md');
    expect(await search('jonhs hopkins')).toContain('jhu-md');
    expect(await search('Einstein')).toContain('einstein-md');
    expect((await search('Sinai'))[0]).toBe('icahn-md');
    expect(await search('St. Louis University')).toContain('slu-md');
    expect((await search('Medical College of Wisconsin'))[0]).toBe('mcw-md');
  });
});
