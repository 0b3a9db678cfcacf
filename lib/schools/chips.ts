// The active filters as removable chips: a label and the link that removes just that value.
import { schoolsHref, type SchoolFilter } from './filters';
import { FACET_LABEL } from './labels';

const INTL_CHIP = { yes: 'Accepts internationals', limited: 'Internationals: limited', no: 'Says no to internationals' } as const;

export type FilterChip = { label: string; removeHref: string; param: string };

export function filterChips(filter: SchoolFilter): FilterChip[] {
  const chips: FilterChip[] = [];
  const without = <T,>(list: T[], value: T) => list.filter((v) => v !== value);
  if (filter.q) chips.push({ param: 'q', label: `Search: “${filter.q}”`, removeHref: schoolsHref(filter, { q: null }) });
  for (const d of filter.degree) chips.push({ param: 'degree', label: FACET_LABEL.degree[d], removeHref: schoolsHref(filter, { degree: without(filter.degree, d) }) });
  for (const s of filter.state) chips.push({ param: 'state', label: `State: ${s.toUpperCase()}`, removeHref: schoolsHref(filter, { state: without(filter.state, s) }) });
  for (const o of filter.ownership) chips.push({ param: 'ownership', label: FACET_LABEL.ownership[o], removeHref: schoolsHref(filter, { ownership: without(filter.ownership, o) }) });
  for (const i of filter.intl) chips.push({ param: 'intl', label: INTL_CHIP[i], removeHref: schoolsHref(filter, { intl: without(filter.intl, i) }) });
  for (const a of filter.aid) chips.push({ param: 'aid', label: FACET_LABEL.aid[a], removeHref: schoolsHref(filter, { aid: without(filter.aid, a) }) });
  if (filter.cosigner) chips.push({ param: 'cosigner', label: 'US-cosigner loans accepted', removeHref: schoolsHref(filter, { cosigner: null }) });
  if (filter.funds) chips.push({ param: 'funds', label: `Funding: ${FACET_LABEL.funds[filter.funds]}`, removeHref: schoolsHref(filter, { funds: null }) });
  if (filter.coursework) chips.push({ param: 'coursework', label: `Coursework: ${FACET_LABEL.coursework[filter.coursework]}`, removeHref: schoolsHref(filter, { coursework: null }) });
  if (filter.daca) chips.push({ param: 'daca', label: 'Considers DACA recipients', removeHref: schoolsHref(filter, { daca: null }) });
  if (filter.canada) chips.push({ param: 'canada', label: 'Canadians as domestic', removeHref: schoolsHref(filter, { canada: null }) });
  if (filter.tuitionMax !== null) chips.push({ param: 'tuition_max', label: `Tuition ≤ $${filter.tuitionMax.toLocaleString('en-US')}`, removeHref: schoolsHref(filter, { tuitionMax: null }) });
  if (filter.source) chips.push({ param: 'source', label: 'Only facts from schools’ own pages', removeHref: schoolsHref(filter, { source: null }) });
  return chips;
}

/** Each active parameter with the filter that results from dropping it entirely. */
export function relaxations(filter: SchoolFilter): { param: string; label: string; filter: SchoolFilter }[] {
  const base = { ...filter, page: 1 };
  const out: { param: string; label: string; filter: SchoolFilter }[] = [];
  if (filter.q) out.push({ param: 'q', label: `the search “${filter.q}”`, filter: { ...base, q: null } });
  if (filter.degree.length) out.push({ param: 'degree', label: 'the degree filter', filter: { ...base, degree: [] } });
  if (filter.state.length) out.push({ param: 'state', label: 'the state filter', filter: { ...base, state: [] } });
  if (filter.ownership.length) out.push({ param: 'ownership', label: 'the public/private filter', filter: { ...base, ownership: [] } });
  if (filter.intl.length) out.push({ param: 'intl', label: 'the international-applicants filter', filter: { ...base, intl: [] } });
  for (const a of filter.aid) out.push({ param: 'aid', label: `“${FACET_LABEL.aid[a]}”`, filter: { ...base, aid: filter.aid.filter((v) => v !== a) } });
  if (filter.cosigner) out.push({ param: 'cosigner', label: '“US-cosigner loans accepted”', filter: { ...base, cosigner: null } });
  if (filter.funds) out.push({ param: 'funds', label: 'the funding-requirement limit', filter: { ...base, funds: null } });
  if (filter.coursework) out.push({ param: 'coursework', label: 'the coursework limit', filter: { ...base, coursework: null } });
  if (filter.daca) out.push({ param: 'daca', label: '“Considers DACA recipients”', filter: { ...base, daca: null } });
  if (filter.canada) out.push({ param: 'canada', label: '“Canadians as domestic”', filter: { ...base, canada: null } });
  if (filter.tuitionMax !== null) out.push({ param: 'tuition_max', label: 'the tuition limit', filter: { ...base, tuitionMax: null } });
  if (filter.source) out.push({ param: 'source', label: '“only facts from schools’ own pages”', filter: { ...base, source: null } });
  return out;
}
