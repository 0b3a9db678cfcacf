// The school search index (FTS5 on SQLite, tsvector + pg_trgm on PostgreSQL) against the full-scan ranking
// it replaced: same matches, best tier first, kept in sync by triggers/generated columns, safe with any text.
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { prepareQuery, rankDocument } from '@/lib/search/fuzzy';
import { buildSchool, createSchool } from '@/lib/factories';

const QUERIES = [
  'harvrd', 'jonhs hopkins', 'Sinai', 'St. Louis', 'St. Louis University', 'Einstein', 'university', 'univ',
  'medicine new york', 'hopk', 'osteopathic', 'califronia', 'ny', 'MD', 'of the', 'a', 'mayo clinic',
  'Medical College of Wisconsin', 'boston', 'texas tech', 'zzzzqqq', 'médecine', 'nova southeastern',
  'new york', 'N.Y.', 'california', 'Calif.', 'DC', 'Washington, D.C.', 'virginia',
];
// FTS5 and tsquery syntax, quotes and odd Unicode must be plain text, never an error.
const HOSTILE = ['"harvard', 'harvard OR yale', 'NEAR(harvard yale)', '*', 'school_fts:harvard', "o'brien", '-harvard',
  'harvard)', '^harvard', 'a & b | !c', "'':*", '\\', '😀 medicine', 'ＨＡＲＶＡＲＤ', '%_%', 'NULL', '{}'];

describe.each(PROVIDERS)('school search index on %s', (provider) => {
  const { database, queries, filters } = useTestDatabase(provider, { queries: () => import('@/lib/schools/queries'), filters: () => import('@/lib/schools/filters') });

  const search = async (q: string) =>
    (await queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams({ q, intl: 'yes,limited,no' })).filter, { perPage: null })).results;

  async function fullScan(q: string) {
    const query = prepareQuery(q);
    const all = await database.db.school.findMany({ where: { status: 'published' } });
    return new Map(all.flatMap((doc) => {
      const tier = rankDocument(query, doc);
      return tier === null ? [] : [[doc.slug, tier] as const];
    }));
  }

  it('finds exactly what a full scan finds, best tier first', async () => {
    for (const q of QUERIES) {
      const expected = await fullScan(q);
      const found = (await search(q)).map((s) => s.slug);
      expect(new Set(found), q).toEqual(new Set(expected.keys()));
      const tiers = found.map((slug) => expected.get(slug)!);
      expect(tiers, q).toEqual([...tiers].sort((a, b) => a - b));
    }
  });

  it('treats search syntax and odd text as plain words', async () => {
    for (const q of HOSTILE) {
      // A subset: a typo in the very first letter ("null" for "full") is not tolerated (see
      // lib/search/school-candidates.ts); everything found must be a real match.
      const expected = await fullScan(q);
      const found = (await search(q)).map((s) => s.slug);
      for (const slug of found) expect(expected.has(slug), `${q}: ${slug}`).toBe(true);
      if (!/null/i.test(q)) expect(found.length, q).toBe(expected.size);
    }
  });

  it('follows inserts, renames and deletes', async () => {
    const text = (name: string) => buildSchool({ name }).searchText;
    const created = await createSchool(database.db, { slug: 'quokka-md', name: 'Quokka Institute of Medicine' });
    expect((await search('quokka')).map((s) => s.slug)).toEqual(['quokka-md']);
    expect((await search('qokka')).map((s) => s.slug)).toEqual(['quokka-md']);
    await database.db.school.update({ where: { id: created.id }, data: { name: 'Wombat Institute of Medicine', searchText: text('Wombat Institute of Medicine') } });
    expect(await search('quokka')).toEqual([]);
    expect((await search('wombat')).map((s) => s.slug)).toEqual(['quokka-md']);
    await database.db.school.update({ where: { id: created.id }, data: { status: 'draft' } });
    expect(await search('wombat')).toEqual([]);
    await database.db.school.delete({ where: { id: created.id } });
    expect(await search('wombat')).toEqual([]);
  });

  it('counts facets and orders results the same way when a query matches more schools than one query can bind', async () => {
    const values = { state: ['NY', 'CA', 'TX'], need: ['yes', 'limited', 'no', 'unknown'], degree: ['MD', 'DO'] } as const;
    const data = Array.from({ length: 1200 }, (_, i) =>
      buildSchool({
        slug: `zebra-${i}`, name: `Zebra College ${i}`, state: values.state[i % 3], degree: values.degree[i % 2],
        needBasedAidForInternationals: values.need[i % 4], tuitionUsdPerYear: i % 5 === 0 ? null : 40_000 + i * 10,
      }),
    );
    await database.db.school.createMany({ data });
    const filter = filters.parseSchoolFilter(new URLSearchParams({ q: 'zebra', aid: 'need', state: 'ny,tx', tuition_max: '50000' })).filter;
    const facets = await queries.countSchoolFacets(filter);
    const zebra = { name: { startsWith: 'Zebra' } };
    const { schoolWhere } = await import('@/lib/schools/where');
    const count = (patch: Partial<typeof filter>) =>
      database.db.school.count({ where: { AND: [schoolWhere({ ...filter, ...patch, q: null }, null), zebra] } });
    expect(facets.state.ca).toBe(await count({ state: ['ca'] }));
    expect(facets.state.ny).toBe(await count({ state: ['ny'] }));
    expect(facets.degree.do).toBe(await count({ degree: ['do'] }));
    expect(facets.aid.merit).toBe(await count({ aid: ['need', 'merit'] }));
    expect(facets.cosigner).toBe(await count({ cosigner: 'yes' }));
    const result = await queries.searchSchools({ ...filter, sort: 'tuition' }, { perPage: null });
    const expected = await database.db.school.findMany({
      where: { AND: [schoolWhere({ ...filter, q: null }, null), zebra] },
      orderBy: [{ tuitionUsdPerYear: { sort: 'asc', nulls: 'last' } }, { name: 'asc' }, { slug: 'asc' }],
      select: { slug: true },
    });
    expect(result.total).toBe(expected.length);
    expect(result.results.map((r) => r.slug)).toEqual(expected.map((r) => r.slug));
  });
});
