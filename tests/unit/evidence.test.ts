// The evidence rules that need no database: row validation, the confirmed twins behind source=school, and the
// reader summary composed from facts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { evidenceRowSchema } from '@/lib/validation/evidence';
import { confirmedValues } from '@/lib/evidence/confirmed';
import { composeReaderSummary } from '@/lib/schools/summary';
import { schoolRowSchema } from '@/lib/validation/school';

const row = (over: Record<string, string> = {}) => ({
  slug: 'tufts-md', field: 'daca_accepted', value: 'yes', source_url: 'https://medicine.tufts.edu/daca', source_date: '', source_kind: 'school', ...over,
});

describe('evidence rows', () => {
  it('accepts every row of evidence.csv', () => {
    for (const [i, { values }] of parseCsv(readFileSync('prisma/seed-data/evidence.csv', 'utf8')).records.entries()) {
      expect(evidenceRowSchema.safeParse(values).success, `line ${i + 2}`).toBe(true);
    }
  });

  it('names what is wrong with a bad row', () => {
    const issues = (over: Record<string, string>) => {
      const parsed = evidenceRowSchema.safeParse(row(over));
      return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    };
    expect(issues({ field: 'favourite_colour' })[0]).toMatch(/Field must be one of accepts_international/);
    expect(issues({ value: 'unknown' })[0]).toMatch(/daca_accepted must be one of yes, no/);
    expect(issues({ field: 'tuition_usd_per_year', value: 'cheap' })[0]).toMatch(/whole number of US dollars/);
    expect(issues({ source_kind: 'rumour' })[0]).toMatch(/Source kind must be one of school, official, third_party, forum/);
    expect(issues({ source_url: 'javascript:alert(1)' })[0]).toMatch(/http/);
    expect(issues({ source_date: 'last spring' })[0]).toMatch(/year/);
  });

  it('reads tuition written with a dollar sign and commas, and "undated" as no date', () => {
    const parsed = evidenceRowSchema.parse(row({ field: 'tuition_usd_per_year', value: '$62,974', source_date: 'undated' }));
    expect(parsed).toMatchObject({ value: '62974', sourceDate: '' });
  });
});

describe('confirmed values (source=school)', () => {
  const school = { acceptsInternational: 'yes', dacaAccepted: 'yes', needBasedAidForInternationals: 'no', tuitionUsdPerYear: 60000 };
  it('keeps a value a school or official page states, and makes the rest unknown', () => {
    const c = confirmedValues(school, [
      { field: 'accepts_international', value: 'yes', sourceKind: 'official' },
      { field: 'daca_accepted', value: 'yes', sourceKind: 'third_party' },
      { field: 'need_based_aid_for_internationals', value: 'yes', sourceKind: 'school' },
      { field: 'tuition_usd_per_year', value: '60000', sourceKind: 'school' },
    ]);
    expect(c.confirmedAcceptsInternational).toBe('yes');
    expect(c.confirmedDacaAccepted).toBe('unknown'); // only a third-party page says so
    expect(c.confirmedNeedBasedAid).toBe('unknown'); // the school's page disagrees with the value
    expect(c.confirmedTuitionUsdPerYear).toBe(60000);
    expect(c.confirmedCanadiansTreatedAs).toBe('unknown');
  });
});

describe('reader summaries', () => {
  const schools = parseCsv(readFileSync('prisma/seed-data/schools.csv', 'utf8')).records.map((r) => schoolRowSchema.parse(r.values));
  it('are plain sentences of at most 200 characters for every school, without research notes', () => {
    for (const s of schools) {
      const summary = composeReaderSummary(s);
      expect(summary.length, s.slug).toBeLessThanOrEqual(200);
      expect(summary, s.slug).toMatch(/^[A-Z].*\.$/);
      expect(summary, s.slug).not.toMatch(/\b(per|AUA|MSAR|not read|n\/a|MedSchoolCoach)\b/i);
    }
  });
  it('says no plainly and keeps what still matters to a DACA recipient', () => {
    const base = schools.find((s) => s.acceptsInternational === 'no')!;
    expect(composeReaderSummary({ ...base, dacaAccepted: 'yes' })).toBe(
      `Says it does not accept international applicants. Considers DACA recipients.${base.canadiansTreatedAs === 'domestic' ? ' Treats Canadians as domestic applicants.' : ''}`,
    );
  });
});
