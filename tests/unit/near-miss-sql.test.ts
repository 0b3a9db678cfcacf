// The SQL translation of the filter rules (lib/schools/near-miss-sql.ts) agrees with their in-memory evaluation
// (match-where.ts) on random schools and random filters, in a real (in-memory) SQLite database.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWhere } from '@/lib/schools/match-where';
import { nearMissSql, whereSql } from '@/lib/schools/near-miss-sql';
import { parseSchoolFilter } from '@/lib/schools/filters';
import { facetConditions, schoolWhere } from '@/lib/schools/where';

const COLUMNS = {
  status: ['published', 'draft'],
  degree: ['MD', 'DO'],
  state: ['NY', 'CA', 'MA', 'TX'],
  ownership: ['public', 'private'],
  acceptsInternational: ['yes', 'limited', 'no', 'unknown'],
  needBasedAidForInternationals: ['yes', 'limited', 'no', 'unknown'],
  meritScholarshipsForInternationals: ['yes', 'limited', 'no', 'unknown'],
  institutionalLoansForInternationals: ['yes', 'no', 'unknown'],
  cosignerLoansAccepted: ['yes', 'no', 'unknown'],
  escrowOrProofOfFunds: ['none', 'proof_1yr', 'escrow_1yr', 'unknown'],
  usCourseworkRequired: ['none', 'preferred', 'required', 'unknown'],
  dacaAccepted: ['yes', 'no', 'unknown'],
  canadiansTreatedAs: ['domestic', 'international', 'unknown'],
} as const;

const schoolArb = fc.record({
  ...Object.fromEntries(Object.entries(COLUMNS).map(([k, values]) => [k, fc.constantFrom(...values)])),
  tuitionUsdPerYear: fc.option(fc.integer({ min: 20_000, max: 120_000 }), { nil: null }),
}) as fc.Arbitrary<Record<string, string | number | null>>;

const queryArb = fc
  .record(
    {
      degree: fc.subarray(['md', 'do']), state: fc.subarray(['ny', 'ca', 'ma']), ownership: fc.subarray(['public', 'private']),
      intl: fc.subarray(['yes', 'limited']), aid: fc.subarray(['need', 'merit', 'loan']), cosigner: fc.constant('yes'),
      funds: fc.constantFrom('none', 'proof'), coursework: fc.constantFrom('none', 'preferred', 'required'),
      daca: fc.constant('yes'), canada: fc.constant('domestic'), tuition_max: fc.integer({ min: 30_000, max: 110_000 }).map(String),
    },
    { requiredKeys: [] },
  )
  .map((params) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]).filter(([, v]) => v !== '')));

function loadDatabase(rows: Record<string, string | number | null>[]) {
  const db = new Database(':memory:');
  const names = [...Object.keys(COLUMNS), 'tuitionUsdPerYear'];
  db.exec(`CREATE TABLE "School" (id INTEGER PRIMARY KEY, ${names.map((n) => `"${n}"`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO "School" (id, ${names.map((n) => `"${n}"`).join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`);
  rows.forEach((row, i) => insert.run(i + 1, ...names.map((n) => row[n])));
  return db;
}

function idsWhere(db: Database.Database, sql: (param: (v: unknown) => string) => string): number[] {
  const params: unknown[] = [];
  const condition = sql((v) => (params.push(v), '?'));
  return db.prepare(`SELECT id FROM "School" s WHERE ${condition} ORDER BY id`).all(...params).map((r) => (r as { id: number }).id);
}

describe('near-miss SQL', () => {
  it('whereSql selects exactly the rows compileWhere accepts', () => {
    fc.assert(
      fc.property(fc.array(schoolArb, { minLength: 1, maxLength: 60 }), queryArb, (rows, params) => {
        const db = loadDatabase(rows);
        const where = schoolWhere(parseSchoolFilter(params).filter, null);
        const accepts = compileWhere(where);
        expect(idsWhere(db, (param) => whereSql(where, 's.', param))).toEqual(rows.flatMap((row, i) => (accepts(row) ? [i + 1] : [])));
      }),
      { numRuns: 200 },
    );
  });

  it('nearMissSql selects exactly the rows that fail at most one facet (the tuition cap counts as one)', () => {
    fc.assert(
      fc.property(fc.array(schoolArb, { minLength: 1, maxLength: 60 }), queryArb, (rows, params) => {
        const db = loadDatabase(rows);
        const filter = parseSchoolFilter(params).filter;
        const conditions = facetConditions(filter).map((c) => ({ facet: c.facet, test: compileWhere(c.where) }));
        const expected = rows.flatMap((row, i) => {
          const failed = new Set(conditions.filter((c) => !c.test(row)).map((c) => c.facet));
          return failed.size > 1 ? [] : [i + 1];
        });
        expect(idsWhere(db, (param) => nearMissSql(filter, 's.', param))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses where clauses it cannot translate instead of ignoring them', () => {
    expect(() => whereSql({ OR: [{ state: 'NY' }] }, '', () => '?')).toThrow(/does not support OR/);
    expect(() => whereSql({ 'state; DROP TABLE x': 'NY' } as never, '', () => '?')).toThrow(/not a column/);
  });
});
