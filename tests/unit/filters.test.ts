import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itRoundTrips, subset } from '../support/url-contract';
import {
  AID_VALUES, COURSEWORK_VALUES, DEGREE_VALUES, FUNDS_VALUES, INTL_VALUES, OWNERSHIP_VALUES, SORT_VALUES, STATE_VALUES,
  parseSchoolFilter, schoolsHref, serializeSchoolFilter, type SchoolFilter,
} from '@/lib/schools/filters';
import { describeSchoolFilter } from '@/lib/schools/describe';

const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const filterArb: fc.Arbitrary<SchoolFilter> = fc.record({
  q: maybe(fc.string({ minLength: 1, maxLength: 100 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0 && !/[\u0000-\u001f\u007f]/.test(s))),
  degree: subset(DEGREE_VALUES),
  state: subset(STATE_VALUES),
  ownership: subset(OWNERSHIP_VALUES),
  // yes,limited is the default and so serialises as no parameter at all.
  intl: subset(INTL_VALUES).map((v) => (v.length === 2 && !v.includes('no') ? [] : v)),
  aid: subset(AID_VALUES),
  cosigner: maybe(fc.constant('yes' as const)),
  funds: maybe(fc.constantFrom(...FUNDS_VALUES.filter((v) => v !== 'escrow'))),
  coursework: maybe(fc.constantFrom(...COURSEWORK_VALUES.filter((v) => v !== 'degree_required'))),
  daca: maybe(fc.constant('yes' as const)),
  canada: maybe(fc.constant('domestic' as const)),
  tuitionMax: maybe(fc.integer({ min: 0, max: 1_000_000 })),
  source: maybe(fc.constant('school' as const)),
  sort: fc.constantFrom(...SORT_VALUES),
  page: fc.integer({ min: 1, max: 10_000 }),
});

describe('school filter URL contract', () => {
  itRoundTrips(filterArb, parseSchoolFilter, serializeSchoolFilter);

  it('serialization is idempotent (canonical form is a fixed point)', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const once = serializeSchoolFilter(filter);
        expect(serializeSchoolFilter(parseSchoolFilter(new URLSearchParams(once)).filter)).toBe(once);
      }),
    );
  });

  it('treats reordered, duplicated, upper-case and default values as the canonical form', () => {
    const messy = parseSchoolFilter(new URLSearchParams('sort=name&state=NY,ma&aid=loan,need&state=ny&page=1&degree=DO,md&funds=escrow'));
    expect(messy.ignored).toEqual([]);
    expect(serializeSchoolFilter(messy.filter)).toBe('degree=md,do&state=ma,ny&aid=need,loan');
  });

  it('drops each invalid value on its own and names it', () => {
    const { filter, ignored } = parseSchoolFilter(
      new URLSearchParams('state=ny,zz&aid=need,free&funds=maybe&tuition_max=-5&page=0&sort=cheap&cosigner=no'),
    );
    expect(filter.state).toEqual(['ny']);
    expect(filter.aid).toEqual(['need']);
    expect(filter.funds).toBeNull();
    expect(filter.tuitionMax).toBeNull();
    expect(filter.page).toBe(1);
    expect(filter.sort).toBe('name');
    // Reported in the contract's parameter order (decision 095).
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
      'state=zz', 'aid=free', 'cosigner=no', 'funds=maybe', 'tuition_max=-5', 'sort=cheap', 'page=0',
    ]);
  });

  it('rejects an over-long search and huge numbers instead of failing', () => {
    const { filter, ignored } = parseSchoolFilter(new URLSearchParams(`q=${'x'.repeat(101)}&tuition_max=99999999999999999999`));
    expect(filter.q).toBeNull();
    expect(filter.tuitionMax).toBeNull();
    expect(ignored.map((i) => i.param)).toEqual(['q', 'tuition_max']);
  });

  it('accepts a record of searchParams as Next passes them, including arrays', () => {
    const { filter } = parseSchoolFilter({ degree: ['md', 'do'], state: 'ny', q: '  Mount   Sinai ' });
    expect(filter).toMatchObject({ degree: ['md', 'do'], state: ['ny'], q: 'Mount Sinai' });
  });

  it('builds links that reset the page on a filter change but keep it for sort and page', () => {
    const base = parseSchoolFilter(new URLSearchParams('state=ny&page=3')).filter;
    expect(schoolsHref(base, { aid: ['need'] })).toBe('/schools?state=ny&aid=need');
    expect(schoolsHref(base, { page: 4 })).toBe('/schools?state=ny&page=4');
    expect(schoolsHref({ ...base, page: 1, state: [] })).toBe('/schools');
  });

  it('describes a filter in plain words', () => {
    const { filter } = parseSchoolFilter(new URLSearchParams('state=ny&intl=yes&aid=need'));
    expect(describeSchoolFilter(filter, 23)).toBe(
      '23 MD and DO schools in NY that accept international applicants and offer need-based aid to international students',
    );
    expect(describeSchoolFilter(parseSchoolFilter(new URLSearchParams('degree=do')).filter, 1)).toBe('1 DO school');
  });
});
