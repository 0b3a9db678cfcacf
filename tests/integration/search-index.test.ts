// The school search index (FTS5 on SQLite, tsvector + pg_trgm on PostgreSQL) against the full-scan ranking
// it replaced: same matches, best tier first, kept in sync by triggers/generated columns, safe with any text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, importWithDatabase, PROVIDERS, type TestDatabase } from '../support/databases';
import { prepareQuery, rankDocument } from '@/lib/search/fuzzy';
import { buildSchoolSearchText } from '@/lib/search/normalize';

type Queries = typeof import('@/lib/schools/queries');
type Filters = typeof import('@/lib/schools/filters');

const QUERIES = [
  'harvrd', 'jonhs hopkins', 'Sinai', 'St. Louis', 'St. Louis University', 'Einstein', 'university', 'univ',
  'medicine new york', 'hopk', 'osteopathic', 'califronia', 'ny', 'MD', 'of the', 'a', 'mayo clinic',
  'Medical College of Wisconsin', 'boston', 'texas tech', 'zzzzqqq', 'médecine', 'nova southeastern',
];
// FTS5 and tsquery syntax, quotes and odd Unicode must be plain text, never an error.
const HOSTILE = ['"harvard', 'harvard OR yale', 'NEAR(harvard yale)', '*', 'school_fts:harvard', "o'brien", '-harvard',
  'harvard)', '^harvard', 'a & b | !c', "'':*", '\\', '😀 medicine', 'ＨＡＲＶＡＲＤ', '%_%', 'NULL', '{}'];

describe.each(PROVIDERS)('school search index on %s', (provider) => {
  let database: TestDatabase;
  let queries: Queries;
  let filters: Filters;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    queries = await importWithDatabase<Queries>(database.url, '@/lib/schools/queries');
    filters = await import('@/lib/schools/filters');
  });
  afterAll(() => database.drop());

  const search = async (q: string) =>
    (await queries.searchSchools(filters.parseSchoolFilter(new URLSearchParams({ q })).filter, { perPage: null })).results;

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
      const expected = await fullScan(q);
      expect(new Set((await search(q)).map((s) => s.slug)), q).toEqual(new Set(expected.keys()));
    }
  });

  it('follows inserts, renames and deletes', async () => {
    const base = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const { id, createdAt, updatedAt, ...fields } = base;
    void id; void createdAt; void updatedAt;
    const text = (name: string) => buildSchoolSearchText({ ...fields, name, aliases: '' });
    const created = await database.db.school.create({
      data: { ...fields, slug: 'quokka-md', name: 'Quokka Institute of Medicine', aliases: '', searchText: text('Quokka Institute of Medicine') },
    });
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
});
