// Plain-words summary of a filter ("23 MD and DO schools in NY that accept international applicants and
// offer need-based aid to them"). Used by the page heading, metadata, the preview image and exports.
import type { SchoolFilter } from './filters';

function joinWords(words: string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

const AID_PHRASE = { need: 'need-based aid', merit: 'merit scholarships', loan: 'institutional loans' } as const;
const FUNDS_PHRASE = { none: 'with no proof-of-funds or escrow requirement', proof: 'requiring at most proof of funds (no escrow)', escrow: '' } as const;
const COURSEWORK_PHRASE = {
  none: 'that require no US/Canadian coursework',
  preferred: 'where US/Canadian coursework is at most preferred',
  required: 'that do not require a US/Canadian degree',
  degree_required: '',
} as const;

/** The conditions alone, e.g. ["in NY", "that offer need-based aid to internationals"]. */
export function describeConditions(filter: SchoolFilter): string[] {
  const parts: string[] = [];
  if (filter.ownership.length === 1) parts.push(filter.ownership[0]);
  if (filter.state.length) parts.push(`in ${joinWords(filter.state.map((s) => s.toUpperCase()), 'or')}`);
  if (filter.intl.length === 1) {
    parts.push(filter.intl[0] === 'yes' ? 'that accept international applicants' : 'that accept few international applicants');
  } else if (filter.intl.length === 2) parts.push('that accept international applicants (fully or on a limited basis)');
  if (filter.aid.length) parts.push(`that offer ${joinWords(filter.aid.map((a) => AID_PHRASE[a]))} to international students`);
  if (filter.cosigner) parts.push('that accept private loans with a US cosigner');
  if (filter.funds && FUNDS_PHRASE[filter.funds]) parts.push(FUNDS_PHRASE[filter.funds]);
  if (filter.coursework && COURSEWORK_PHRASE[filter.coursework]) parts.push(COURSEWORK_PHRASE[filter.coursework]);
  if (filter.daca) parts.push('that consider DACA recipients');
  if (filter.canada) parts.push('that treat Canadians as domestic applicants');
  if (filter.tuitionMax !== null) parts.push(`with yearly tuition of at most $${filter.tuitionMax.toLocaleString('en-US')}`);
  if (filter.q) parts.push(`matching “${filter.q}”`);
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
