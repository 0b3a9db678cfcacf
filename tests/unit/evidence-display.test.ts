import { describe, expect, it } from 'vitest';
import {
  bestKind, classifyField, classifySchool, disagreeText, evidenceValueLabel, factsByPage, hintText, pageTitle, rowAgrees,
  sourceDateText, sourceKindLabel, trustSummary, type EvidenceRow,
} from '@/lib/evidence/display';
import { evidenceFieldSpec, EVIDENCE_FIELDS } from '@/lib/evidence/fields';

const row = (field: string, value: string, sourceKind = 'school', sourceUrl = `https://${sourceKind}.example/${field}/${value}`, sourceDate = ''): EvidenceRow =>
  ({ field, value, sourceUrl, sourceDate, sourceKind });

const school = (patch: Record<string, unknown> = {}) => ({
  acceptsInternational: 'yes', usCourseworkRequired: 'required', escrowOrProofOfFunds: 'escrow_1yr',
  needBasedAidForInternationals: 'no', meritScholarshipsForInternationals: 'unknown', institutionalLoansForInternationals: 'no',
  cosignerLoansAccepted: 'yes', dacaAccepted: 'unknown', canadiansTreatedAs: 'international', tuitionUsdPerYear: 70000,
  ...patch,
});

const aid = evidenceFieldSpec('need_based_aid_for_internationals')!;

describe('classifying one field’s pages', () => {
  it('a page stating the value shown agrees; one stating another value disagrees', () => {
    const f = classifyField(aid, 'no', [row(aid.field, 'no'), row(aid.field, 'yes', 'third_party'), row('daca_accepted', 'yes')]);
    expect(f.known).toBe(true);
    expect(f.agree.map((r) => r.value)).toEqual(['no']);
    expect(f.disagree.map((r) => r.value)).toEqual(['yes']);
    expect(f.hints).toEqual([]);
  });

  it('for a field still unknown every page is a hint, never agreement or disagreement', () => {
    const f = classifyField(aid, 'unknown', [row(aid.field, 'yes', 'forum'), row(aid.field, 'yes', 'third_party')]);
    expect(f.known).toBe(false);
    expect(f.agree).toEqual([]);
    expect(f.disagree).toEqual([]);
    // The better kind first: a third-party list before a forum.
    expect(f.hints.map((r) => r.sourceKind)).toEqual(['third_party', 'forum']);
  });

  it('orders agreeing pages school, official, third-party, forum', () => {
    const f = classifyField(aid, 'no', [row(aid.field, 'no', 'forum'), row(aid.field, 'no', 'official'), row(aid.field, 'no', 'school')]);
    expect(f.agree.map((r) => r.sourceKind)).toEqual(['school', 'official', 'forum']);
    expect(bestKind(f.agree)).toBe('school');
    expect(bestKind([])).toBeNull();
  });

  it('compares tuition as whole dollars and treats a missing tuition as unknown', () => {
    const tuition = evidenceFieldSpec('tuition_usd_per_year')!;
    const [known] = classifySchool(school({ tuitionUsdPerYear: 62974 }), [row(tuition.field, '62974')]).filter((f) => f.spec === tuition);
    expect(known.agree).toHaveLength(1);
    const [missing] = classifySchool(school({ tuitionUsdPerYear: null }), [row(tuition.field, '62974', 'third_party')]).filter((f) => f.spec === tuition);
    expect(missing.known).toBe(false);
    expect(hintText(missing.hints[0])).toBe('Not confirmed — a third-party page suggests “$62,974”');
  });

  it('classifies every evidence field of a school, in order', () => {
    expect(classifySchool(school(), []).map((f) => f.spec.field)).toEqual(EVIDENCE_FIELDS.map((f) => f.field));
  });
});

describe('texts', () => {
  it('says another source disagrees with the value it gives, in plain words', () => {
    expect(disagreeText(row(aid.field, 'yes', 'third_party'))).toBe('Another source says “Yes”');
    expect(disagreeText(row('escrow_or_proof_of_funds', 'escrow_all_years'))).toBe('Another source says “Escrow of all years’ costs”');
  });

  it('names the kind of page a hint comes from', () => {
    expect(hintText(row('daca_accepted', 'yes', 'third_party'))).toBe('Not confirmed — a third-party page suggests “Yes”');
    expect(hintText(row('daca_accepted', 'no', 'forum'))).toBe('Not confirmed — a forum post suggests “No”');
    expect(hintText(row('daca_accepted', 'yes', 'school'))).toBe('Not confirmed — the school’s own page suggests “Yes”');
    expect(hintText(row('daca_accepted', 'yes', 'official'))).toBe('Not confirmed — an official body’s page suggests “Yes”');
  });

  it('gives each kind its label', () => {
    expect(['school', 'official', 'third_party', 'forum'].map(sourceKindLabel)).toEqual([
      'School’s own page', 'Official body', 'Third-party list', 'Forum',
    ]);
  });

  it('shows a page’s own date, or says it is undated and when it was read', () => {
    expect(sourceDateText('2024-2025', '2026')).toBe('dated 2024-2025');
    expect(sourceDateText('Class of 2018 data', '2026')).toBe('page date: Class of 2018 data');
    expect(sourceDateText('', '2026')).toBe('undated page, read 2026');
    expect(sourceDateText('', '2026-12-01')).toBe('undated page, read 2026');
    expect(sourceDateText('', '')).toBe('undated page');
    expect(sourceDateText('undated (read 2025)', '2026')).toBe('undated (read 2025)');
  });

  it('titles a page by its recorded title, else its host', () => {
    const titles = new Map([['https://a.example/x', 'A’s policy page'], ['https://b.example/y', null]]);
    expect(pageTitle('https://a.example/x', titles)).toBe('A’s policy page');
    expect(pageTitle('https://www.b.example/y', titles)).toBe('b.example');
    expect(pageTitle('https://b.example/y', titles)).toBe('b.example');
  });

  it('labels values of every kind of field', () => {
    expect(evidenceValueLabel('accepts_international', 'limited')).toBe('Accepts very few or only some international applicants');
    expect(evidenceValueLabel('canadians_treated_as', 'domestic')).toBe('Treated as domestic applicants');
    expect(evidenceValueLabel('tuition_usd_per_year', '59222')).toBe('$59,222');
  });
});

describe('trust summary', () => {
  it('counts each known fact once under the best kind of page that states it', () => {
    const s = school();
    const rows = [
      row('accepts_international', 'yes', 'school'),
      row('accepts_international', 'yes', 'third_party'),
      row('us_coursework_required', 'required', 'school'),
      row('escrow_or_proof_of_funds', 'escrow_1yr', 'school'),
      row('need_based_aid_for_internationals', 'no', 'school'),
      row('institutional_loans_for_internationals', 'no', 'school'),
      row('cosigner_loans_accepted', 'yes', 'school'),
      row('canadians_treated_as', 'international', 'school'),
      row('tuition_usd_per_year', '70000', 'school'),
      // A disagreeing page and a hint do not count as support.
      row('need_based_aid_for_internationals', 'yes', 'forum'),
      row('daca_accepted', 'yes', 'third_party'),
    ];
    expect(trustSummary(classifySchool(s, rows)).text).toBe('8 of 8 facts from the school’s own pages');
    const mixed = rows.filter((r) => !(r.field === 'tuition_usd_per_year')).concat(row('tuition_usd_per_year', '70000', 'third_party'));
    const summary = trustSummary(classifySchool(s, mixed));
    expect(summary.text).toBe('7 of 8 facts from the school’s own pages; 1 from a third-party list');
    expect(summary.byKind).toEqual({ school: 7, official: 0, third_party: 1, forum: 0 });
  });

  it('counts known facts no page states, and uses plural words for several', () => {
    const s = school({ acceptsInternational: 'no', usCourseworkRequired: 'unknown', escrowOrProofOfFunds: 'unknown', needBasedAidForInternationals: 'unknown',
      institutionalLoansForInternationals: 'unknown', cosignerLoansAccepted: 'unknown', canadiansTreatedAs: 'unknown', tuitionUsdPerYear: 65000 });
    const rows = [row('accepts_international', 'no', 'official'), row('tuition_usd_per_year', '65000', 'official', 'https://o.example/t')];
    expect(trustSummary(classifySchool(s, rows)).text).toBe('2 of 2 facts from official bodies');
    const summary = trustSummary(classifySchool(s, [row('accepts_international', 'no', 'forum')]));
    expect(summary.text).toBe('1 of 2 facts from a forum; 1 with no page listed that states it');
    expect(summary.unsupported).toBe(1);
    expect(trustSummary(classifySchool(s, [])).text).toBe('2 of 2 facts with no page listed that states them');
  });

  it('says so when nothing is known', () => {
    const unknown = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.column, f.values === null ? null : 'unknown']));
    expect(trustSummary(classifySchool(unknown, [row('daca_accepted', 'yes')])).text).toBe('No fact on this page is confirmed yet.');
  });
});

describe('facts by page', () => {
  it('lists, for each page, the facts it supports, disputes or hints at', () => {
    const url = 'https://third.example/list';
    const fields = classifySchool(school(), [
      row('accepts_international', 'yes', 'third_party', url),
      row('need_based_aid_for_internationals', 'yes', 'third_party', url),
      row('daca_accepted', 'yes', 'third_party', url),
    ]);
    expect(factsByPage(fields).get(url)).toEqual([
      { field: 'accepts_international', value: 'yes', agrees: true, hint: false },
      { field: 'need_based_aid_for_internationals', value: 'yes', agrees: false, hint: false },
      { field: 'daca_accepted', value: 'yes', agrees: false, hint: true },
    ]);
  });

  it('tells whether an export row agrees with the value shown', () => {
    expect(rowAgrees(row('accepts_international', 'yes'), school())).toBe(true);
    expect(rowAgrees(row('tuition_usd_per_year', '70000'), school())).toBe(true);
    expect(rowAgrees(row('need_based_aid_for_internationals', 'yes'), school())).toBe(false);
    expect(rowAgrees(row('no_such_field', 'yes'), school())).toBe(false);
  });
});

describe('evidence export rows', () => {
  it('one row per page, in field order, with the value shown, the page’s value, date, kind and agreement', async () => {
    const { evidenceExportRows, EVIDENCE_COLUMNS } = await import('@/lib/export/evidence-rows');
    expect(EVIDENCE_COLUMNS.map((c) => c.header)).toEqual(['School', 'Field', 'Value shown', 'Value this page states', 'Source URL', 'Source date', 'Source kind', 'Agrees']);
    const rows = evidenceExportRows({ name: 'A', ...school({ tuitionUsdPerYear: null }) }, [
      row('tuition_usd_per_year', '61000', 'third_party', 'https://t.example/', '2023-2024'),
      row('accepts_international', 'yes', 'school', 'https://a.example/intl'),
      row('accepts_international', 'no', 'forum', 'https://f.example/'),
    ]);
    expect(rows).toEqual([
      ['A', 'International applicants', 'Accepts international applicants', 'Accepts international applicants', 'https://a.example/intl', 'undated', 'School’s own page', 'yes'],
      ['A', 'International applicants', 'Accepts international applicants', 'Does not accept international applicants', 'https://f.example/', 'undated', 'Forum', 'no'],
      ['A', 'Tuition', 'Not published', '$61,000', 'https://t.example/', '2023-2024', 'Third-party list', 'no'],
    ]);
  });
});
