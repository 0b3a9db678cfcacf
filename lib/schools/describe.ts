// Plain-words summary of a filter ("23 MD and DO schools in NY that accept international applicants and
// offer need-based aid to them"). Used by the page heading, metadata, the preview image and exports.
import { joinWords } from '../filters/words';
import type { SchoolFilter } from './filters';

const AID_PHRASE = { need: 'need-based aid', merit: 'merit scholarships', loan: 'institutional loans' } as const;
const FUNDS_PHRASE = { none: 'with no proof-of-funds or escrow requirement', proof: 'requiring at most proof of funds (no escrow)', escrow: '' } as const;
const COURSEWORK_PHRASE = {
  none: 'that require no US/Canadian coursework',
  preferred: 'where US/Canadian coursework is at most preferred',
  required: 'that do not require a US/Canadian degree',
  degree_required: '',
} as const;

const INTL_PHRASE: Record<string, string> = {
  yes: 'accept international applicants',
  limited: 'accept international applicants on a limited basis',
  no: 'say they do not accept international applicants',
};

/** Absent intl is the directory's default (schools that accept, fully or limited), which the heading states. */
function intlPhrase(intl: SchoolFilter['intl']): string[] {
  if (intl.length === 0) return [];
  if (intl.length === 3) return ['whatever their policy on international applicants'];
  if (intl.length === 2 && !intl.includes('no')) return ['that accept international applicants (fully or on a limited basis)'];
  return [`that ${intl.map((i) => INTL_PHRASE[i]).join(' or ')}`];
}

/** The conditions alone, e.g. ["in NY", "that offer need-based aid to internationals"]. */
export function describeConditions(filter: SchoolFilter): string[] {
  const parts: string[] = [];
  if (filter.ownership.length === 1) parts.push(filter.ownership[0]);
  if (filter.state.length) parts.push(`in ${joinWords(filter.state.map((s) => s.toUpperCase()), 'or')}`);
  parts.push(...intlPhrase(filter.intl));
  if (filter.aid.length) parts.push(`that offer ${joinWords(filter.aid.map((a) => AID_PHRASE[a]))} to international students`);
  if (filter.cosigner) parts.push('that accept private loans with a US cosigner');
  if (filter.funds && FUNDS_PHRASE[filter.funds]) parts.push(FUNDS_PHRASE[filter.funds]);
  if (filter.coursework && COURSEWORK_PHRASE[filter.coursework]) parts.push(COURSEWORK_PHRASE[filter.coursework]);
  if (filter.daca) parts.push('that consider DACA recipients');
  if (filter.canada) parts.push('that treat Canadians as domestic applicants');
  if (filter.tuitionMax !== null) parts.push(`with yearly tuition of at most $${filter.tuitionMax.toLocaleString('en-US')}`);
  if (filter.q) parts.push(`matching “${filter.q}”`);
  if (filter.source) parts.push('(counting only facts from the schools’ own or official pages)');
  return parts;
}

export function describeSchoolFilter(filter: SchoolFilter, total: number): string {
  const degree = filter.degree.length === 1 ? filter.degree[0].toUpperCase() : 'MD and DO';
  const noun = total === 1 ? 'school' : 'schools';
  const [ownership, ...rest] = filter.ownership.length === 1 ? describeConditions(filter) : ['', ...describeConditions(filter)];
  const lead = [String(total), ownership, degree, noun].filter(Boolean).join(' ');
  // "that accept X" + "that offer Y" read as "that accept X and offer Y".
  const thatClauses = rest.filter((p) => p.startsWith('that ')).map((p) => p.slice(5));
  const others = rest.filter((p) => !p.startsWith('that '));
  const places = others.filter((p) => p.startsWith('in '));
  const tail = others.filter((p) => !p.startsWith('in '));
  const that = thatClauses.length ? [`that ${joinWords(thatClauses)}`] : [];
  return [lead, ...places, ...that, ...tail].join(' ');
}
