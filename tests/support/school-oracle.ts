// An independent oracle of DESIGN §2's matching and sorting rules, applied directly to the seed CSV rows.
// Deliberately shares no code with lib/schools.
import { readFileSync } from 'node:fs';
import { parseCsv } from '@/lib/csv/parse';

export type CsvSchool = Record<string, string>;

export function loadCsvSchools(): CsvSchool[] {
  return parseCsv(readFileSync('prisma/seed-data/schools.csv', 'utf8')).records.map((r) => r.values);
}

/** Per school: "field value" pairs that a school or official page in evidence.csv supports. */
let confirmedPairs: Map<string, Set<string>> | null = null;
function confirmedFor(slug: string): Set<string> {
  if (!confirmedPairs) {
    confirmedPairs = new Map();
    for (const { values: e } of parseCsv(readFileSync('prisma/seed-data/evidence.csv', 'utf8')).records) {
      if (e.source_kind !== 'school' && e.source_kind !== 'official') continue;
      const set = confirmedPairs.get(e.slug) ?? new Set<string>();
      set.add(`${e.field} ${e.value.replace(/[$,\s]/g, '')}`);
      confirmedPairs.set(e.slug, set);
    }
  }
  return confirmedPairs.get(slug) ?? new Set();
}

/** The row as the `source=school` filter sees it: a value no school/official page supports becomes unknown. */
function confirmedView(s: CsvSchool): CsvSchool {
  const pairs = confirmedFor(s.slug);
  const out: CsvSchool = { ...s };
  for (const field of ['accepts_international', 'us_coursework_required', 'escrow_or_proof_of_funds', 'need_based_aid_for_internationals',
    'merit_scholarships_for_internationals', 'institutional_loans_for_internationals', 'cosigner_loans_accepted', 'daca_accepted',
    'canadians_treated_as', 'tuition_usd_per_year']) {
    if (!pairs.has(`${field} ${s[field]}`)) out[field] = field === 'tuition_usd_per_year' ? '' : 'unknown';
  }
  return out;
}

export type OracleFilter = {
  degree?: string[]; state?: string[]; ownership?: string[]; intl?: string[]; aid?: string[];
  cosigner?: boolean; funds?: 'none' | 'proof' | 'escrow'; coursework?: 'none' | 'preferred' | 'required' | 'degree_required';
  daca?: boolean; canada?: boolean; tuitionMax?: number; source?: boolean; sort?: 'name' | 'tuition' | '-tuition' | 'verified';
};

const FUNDS_RANK: Record<string, number> = { none: 0, proof_1yr: 1, proof_all_years: 1, escrow_1yr: 2, escrow_all_years: 2, required_unspecified: 2 };
const FUNDS_LIMIT = { none: 0, proof: 1, escrow: 2 };
const COURSE_RANK: Record<string, number> = { none: 0, preferred: 1, required: 2, degree_required: 3 };

export function oracleMatches(row: CsvSchool, f: OracleFilter): boolean {
  const s = f.source ? confirmedView(row) : row;
  if (f.degree?.length && !f.degree.includes(s.degree.toLowerCase())) return false;
  if (f.state?.length && !f.state.includes(s.state.toLowerCase())) return false;
  if (f.ownership?.length && !f.ownership.includes(s.ownership)) return false;
  // Without intl the directory lists the schools that accept (yes, limited).
  if (!(f.intl?.length ? f.intl : ['yes', 'limited']).includes(s.accepts_international)) return false;
  for (const aid of f.aid ?? []) {
    if (aid === 'need' && !['yes', 'limited'].includes(s.need_based_aid_for_internationals)) return false;
    if (aid === 'merit' && !['yes', 'limited'].includes(s.merit_scholarships_for_internationals)) return false;
    if (aid === 'loan' && s.institutional_loans_for_internationals !== 'yes') return false;
  }
  if (f.cosigner && s.cosigner_loans_accepted !== 'yes') return false;
  if (f.daca && s.daca_accepted !== 'yes') return false;
  if (f.canada && s.canadians_treated_as !== 'domestic') return false;
  if (f.funds && f.funds !== 'escrow') {
    const rank = FUNDS_RANK[s.escrow_or_proof_of_funds];
    if (rank === undefined || rank > FUNDS_LIMIT[f.funds]) return false;
  }
  if (f.coursework && f.coursework !== 'degree_required') {
    const rank = COURSE_RANK[s.us_coursework_required];
    if (rank === undefined || rank > COURSE_RANK[f.coursework]) return false;
  }
  if (f.tuitionMax !== undefined && (s.tuition_usd_per_year === '' || Number(s.tuition_usd_per_year) > f.tuitionMax)) return false;
  return true;
}

const byNameThenSlug = (a: CsvSchool, b: CsvSchool) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

export function oracleSort(rows: CsvSchool[], sort: OracleFilter['sort'] = 'name'): CsvSchool[] {
  const copy = [...rows];
  if (sort === 'tuition' || sort === '-tuition') {
    const dir = sort === 'tuition' ? 1 : -1;
    return copy.sort((a, b) => {
      const ta = a.tuition_usd_per_year === '' ? null : Number(a.tuition_usd_per_year);
      const tb = b.tuition_usd_per_year === '' ? null : Number(b.tuition_usd_per_year);
      if (ta === null && tb === null) return byNameThenSlug(a, b);
      if (ta === null) return 1;
      if (tb === null) return -1;
      return (ta - tb) * dir || byNameThenSlug(a, b);
    });
  }
  // Seed data has no verification dates yet, so "verified" falls back to name order.
  return copy.sort(byNameThenSlug);
}

export function toQuery(f: OracleFilter): string {
  const p = new URLSearchParams();
  if (f.degree?.length) p.set('degree', f.degree.join(','));
  if (f.state?.length) p.set('state', f.state.join(','));
  if (f.ownership?.length) p.set('ownership', f.ownership.join(','));
  if (f.intl?.length) p.set('intl', f.intl.join(','));
  if (f.aid?.length) p.set('aid', f.aid.join(','));
  if (f.cosigner) p.set('cosigner', 'yes');
  if (f.funds) p.set('funds', f.funds);
  if (f.coursework) p.set('coursework', f.coursework);
  if (f.daca) p.set('daca', 'yes');
  if (f.canada) p.set('canada', 'domestic');
  if (f.tuitionMax !== undefined) p.set('tuition_max', String(f.tuitionMax));
  if (f.source) p.set('source', 'school');
  if (f.sort) p.set('sort', f.sort);
  return p.toString();
}
