// Every /schools facet and the text search are answered through an index, never a full scan of School.
// SQLite: EXPLAIN QUERY PLAN. PostgreSQL: EXPLAIN with enable_seqscan off (51 seed rows would otherwise make
// a sequential scan the honest choice); the plan must then reach the row through the named index.
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';

// The WHERE clause schoolWhere() produces for each facet alone, and the index that must serve it.
const FACETS: [facet: string, where: string, index: string][] = [
  ['degree', `"degree" IN ('MD','DO')`, 'School_status_degree_idx'],
  ['state', `"state" IN ('NY','MA')`, 'School_status_state_idx'],
  ['ownership', `"ownership" IN ('public')`, 'School_status_ownership_idx'],
  ['intl', `"acceptsInternational" IN ('yes','limited')`, 'School_acceptsInternational_idx'],
  ['aid=need', `"needBasedAidForInternationals" IN ('yes','limited')`, 'School_needBasedAidForInternationals_idx'],
  ['aid=merit', `"meritScholarshipsForInternationals" IN ('yes','limited')`, 'School_meritScholarshipsForInternationals_idx'],
  ['aid=loan', `"institutionalLoansForInternationals" = 'yes'`, 'School_institutionalLoansForInternationals_idx'],
  ['cosigner', `"cosignerLoansAccepted" = 'yes'`, 'School_cosignerLoansAccepted_idx'],
  ['funds', `"escrowOrProofOfFunds" IN ('none','proof_1yr')`, 'School_escrowOrProofOfFunds_idx'],
  ['coursework', `"usCourseworkRequired" IN ('none','preferred')`, 'School_usCourseworkRequired_idx'],
  ['daca', `"dacaAccepted" = 'yes'`, 'School_dacaAccepted_idx'],
  ['canada', `"canadiansTreatedAs" = 'domestic'`, 'School_canadiansTreatedAs_idx'],
  ['tuition_max', `"tuitionUsdPerYear" IS NOT NULL AND "tuitionUsdPerYear" <= 60000`, 'School_status_tuitionUsdPerYear_idx'],
];

describe.each(PROVIDERS)('query plans on %s', (provider) => {
  const { database } = useTestDatabase(provider);

  async function plan(sql: string): Promise<string> {
    if (provider === 'sqlite') {
      const rows = await database.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`);
      return rows.map((r) => r.detail).join('\n');
    }
    const [, rows] = await database.db.$transaction([
      database.db.$queryRawUnsafe(`SELECT set_config('enable_seqscan', 'off', true)`),
      database.db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`),
    ]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  const fullScan = provider === 'sqlite' ? /SCAN "?School"?(?! USING)/ : /Seq Scan on "School"/;

  it.each(FACETS)('%s uses its index', async (_facet, where, index) => {
    // Alone: the facet's own index. With the published filter every query carries: still no full scan.
    const alone = await plan(`SELECT "id" FROM "School" WHERE ${where}`);
    expect(alone).toContain(index);
    expect(alone).not.toMatch(fullScan);
    const published = await plan(`SELECT count(*) FROM "School" WHERE "status" = 'published' AND ${where}`);
    expect(published).toMatch(/INDEX|Index/);
    expect(published).not.toMatch(fullScan);
  });

  it('text search goes through the search index', async () => {
    const sql =
      provider === 'sqlite'
        ? `SELECT s.id FROM school_fts f JOIN "School" s ON s.id = f.rowid WHERE school_fts MATCH '("harvrd"* OR "harvard") AND ("medical"*)' AND s.status = 'published'`
        : `SELECT id FROM "School" WHERE "searchVector" @@ to_tsquery('simple', '(''harvrd'':* | ''harvard'') & (''medical'':*)')`;
    const text = await plan(sql);
    if (provider === 'sqlite') {
      expect(text).toMatch(/VIRTUAL TABLE INDEX/);
      expect(text).toMatch(/SEARCH s USING INTEGER PRIMARY KEY/);
    } else {
      expect(text).toContain('School_searchVector_idx');
    }
    expect(text).not.toMatch(fullScan);
  });
});
