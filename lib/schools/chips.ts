// The active filters as removable chips: a label and the link that removes just that value.
import { valueChips, type FilterChip, type FilterRelaxation } from '../filters/chips';
import { schoolsHref, type SchoolFilter } from './filters';
import { FACET_LABEL } from './labels';

const INTL_CHIP = { yes: 'Accepts internationals', limited: 'Internationals: limited', no: 'Says no to internationals' } as const;

export type { FilterChip };

export function filterChips(filter: SchoolFilter): FilterChip[] {
  const chips: FilterChip[] = [];
  const href = (patch: Partial<SchoolFilter>) => schoolsHref(filter, patch);
  if (filter.q) chips.push({ param: 'q', label: `Search: “${filter.q}”`, removeHref: href({ q: null }) });
  chips.push(
    ...valueChips('degree', filter.degree, (d) => FACET_LABEL.degree[d], (degree) => href({ degree })),
    ...valueChips('state', filter.state, (s) => `State: ${s.toUpperCase()}`, (state) => href({ state })),
    ...valueChips('ownership', filter.ownership, (o) => FACET_LABEL.ownership[o], (ownership) => href({ ownership })),
    ...valueChips('intl', filter.intl, (i) => INTL_CHIP[i], (intl) => href({ intl })),
    ...valueChips('aid', filter.aid, (a) => FACET_LABEL.aid[a], (aid) => href({ aid })),
  );
  if (filter.cosigner) chips.push({ param: 'cosigner', label: 'US-cosigner loans accepted', removeHref: href({ cosigner: null }) });
  if (filter.funds) chips.push({ param: 'funds', label: `Funding: ${FACET_LABEL.funds[filter.funds]}`, removeHref: href({ funds: null }) });
  if (filter.coursework) chips.push({ param: 'coursework', label: `Coursework: ${FACET_LABEL.coursework[filter.coursework]}`, removeHref: href({ coursework: null }) });
  if (filter.daca) chips.push({ param: 'daca', label: 'Considers DACA recipients', removeHref: href({ daca: null }) });
  if (filter.canada) chips.push({ param: 'canada', label: 'Canadians as domestic', removeHref: href({ canada: null }) });
  if (filter.tuitionMax !== null) chips.push({ param: 'tuition_max', label: `Tuition ≤ $${filter.tuitionMax.toLocaleString('en-US')}`, removeHref: href({ tuitionMax: null }) });
  if (filter.source) chips.push({ param: 'source', label: 'Only facts from schools’ own pages', removeHref: href({ source: null }) });
  return chips;
}

/** Each active parameter with the filter that results from dropping it entirely. */
export function relaxations(filter: SchoolFilter): FilterRelaxation<SchoolFilter>[] {
  const base = { ...filter, page: 1 };
  const out: FilterRelaxation<SchoolFilter>[] = [];
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
