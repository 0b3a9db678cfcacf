import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itRoundTrips, subset } from '../support/url-contract';
import {
  COUNTRY_VALUES, FORMAT_VALUES, KIND_VALUES, REGION_VALUES,
  parseProgramFilter, programsHref, serializeProgramFilter, type ProgramFilter,
} from '@/lib/programs/filters';
import { describeProgramFilter } from '@/lib/programs/describe';
import { parseApiProgramQuery } from '@/lib/api/program-params';
import { mapApiError } from '@/lib/api/errors';
import { linkedProgramFilters } from '@/lib/programs/guide-links';
import { compareByNameThenSlug, programMatchesFacets } from '@/lib/programs/where';


const filterArb: fc.Arbitrary<ProgramFilter> = fc.record({
  q: fc.option(
    fc.string({ minLength: 1, maxLength: 100 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0 && !/[\u0000-\u001f\u007f]/.test(s)),
    { nil: null },
  ),
  country: subset(COUNTRY_VALUES),
  region: subset(REGION_VALUES),
  kind: subset(KIND_VALUES),
  format: subset(FORMAT_VALUES),
  page: fc.integer({ min: 1, max: 10_000 }),
});

describe('program filter URL contract', () => {
  itRoundTrips(filterArb, parseProgramFilter, serializeProgramFilter);

  it('serializes any shuffle of the same values to one canonical string', () => {
    fc.assert(
      fc.property(filterArb, fc.integer(), (filter, seed) => {
        const shuffle = <T,>(list: T[]) => [...list].sort((a, b) => ((String(a).length * 31 + seed) % 7) - ((String(b).length * 31 + seed) % 7));
        const shuffled = { ...filter, country: shuffle(filter.country), region: shuffle(filter.region), kind: shuffle(filter.kind), format: shuffle(filter.format) };
        expect(serializeProgramFilter(shuffled)).toBe(serializeProgramFilter(filter));
      }),
    );
  });

  it('treats reordered, duplicated, upper-case and default values as the canonical form', () => {
    const messy = parseProgramFilter(new URLSearchParams('page=1&format=HYBRID,online&kind=cme,bridging&region=NY,on&country=US,ca&kind=bridging'));
    expect(messy.ignored).toEqual([]);
    expect(serializeProgramFilter(messy.filter)).toBe('country=ca,us&region=on,ny&kind=bridging,cme&format=online,hybrid');
  });

  it('drops each invalid value on its own and names it', () => {
    const { filter, ignored } = parseProgramFilter(
      new URLSearchParams(`country=ca,mx&region=on,zz&kind=bridging,residency&format=unknown,online&page=0&q=${'x'.repeat(101)}`),
    );
    expect(filter).toEqual({ q: null, country: ['ca'], region: ['on'], kind: ['bridging'], format: ['online'], page: 1 });
    expect(ignored.map((i) => [i.param, i.value])).toEqual([
      ['q', `${'x'.repeat(60)}…`],
      ['country', 'mx'],
      ['region', 'zz'],
      ['kind', 'residency'],
      ['format', 'unknown'],
      ['page', '0'],
    ]);
    expect(ignored.every((i) => i.reason.length > 0)).toBe(true);
  });

  it('ignores unknown parameters and keeps the first of two pages', () => {
    const { filter, ignored } = parseProgramFilter(new URLSearchParams('utm_source=x&page=3&page=4'));
    expect(filter.page).toBe(3);
    expect(ignored).toEqual([{ param: 'page', value: '4', reason: 'given twice; the first value was used' }]);
  });

  it('builds links that reset the page on filter changes but not on paging', () => {
    const base = parseProgramFilter(new URLSearchParams('country=ca&page=2')).filter;
    expect(programsHref(base, { kind: ['bridging'] })).toBe('/programs?country=ca&kind=bridging');
    expect(programsHref(base, { page: 3 })).toBe('/programs?country=ca&page=3');
    expect(programsHref(base, { country: [], page: 1 })).toBe('/programs');
  });
});

describe('describeProgramFilter', () => {
  const f = (query: string) => parseProgramFilter(new URLSearchParams(query)).filter;
  it('says what the view holds in plain words', () => {
    expect(describeProgramFilter(f(''), 40)).toBe('40 programs');
    expect(describeProgramFilter(f('country=ca&region=on&kind=bridging'), 7)).toBe('7 bridging programs in Canada (ON)');
    expect(describeProgramFilter(f('kind=assessment'), 1)).toBe('1 assessment program');
    expect(describeProgramFilter(f('country=ca,us&kind=bridging,exam_prep&format=online,hybrid&q=usmle'), 2)).toBe(
      '2 bridging or exam-preparation programs in Canada or the United States offered online or hybrid matching “usmle”',
    );
    expect(describeProgramFilter(f('region=ny,on'), 3)).toBe('3 programs in ON or NY');
  });
});

describe('API request parsing', () => {
  it('is strict: any dropped value is an issue (400 through the shared error mapper)', () => {
    let mapped: ReturnType<typeof mapApiError> | null = null;
    try {
      parseApiProgramQuery(new URLSearchParams('kind=bridging,nope&per_page=500'));
    } catch (error) {
      mapped = mapApiError(error);
    }
    expect(mapped).toEqual({
      status: 400,
      body: {
        error: expect.stringMatching(/kind, per_page/),
        issues: [
          { param: 'kind', value: 'nope', reason: expect.stringContaining('must be one of') },
          { param: 'per_page', value: '500', reason: 'a whole number from 1 to 100' },
        ],
      },
    });
    const good = parseApiProgramQuery(new URLSearchParams('country=us&per_page=100&page=2'));
    expect(good).toMatchObject({ perPage: 100, filter: { country: ['us'], page: 2 } });
    expect(parseApiProgramQuery(new URLSearchParams(''))).toMatchObject({ perPage: 20 });
  });
});

describe('guide links to /programs views', () => {
  it('finds filtered directory links only', () => {
    const body = [
      'See [Ontario](/programs?country=ca&region=on) and [all](/programs).',
      'Not ours: [x](https://college.example/programs?kind=cme), [y](/programs-of-study/img), [z](/programs/some-slug).',
      '<a href="/programs?kind=cme&amp;format=online">cme</a>',
    ].join('\n');
    expect(linkedProgramFilters(body).map((f) => serializeProgramFilter(f))).toEqual(['country=ca&region=on', 'kind=cme&format=online']);
  });

  it('matches a program against a view by its facets', () => {
    const view = parseProgramFilter(new URLSearchParams('country=ca&region=on&kind=bridging')).filter;
    expect(programMatchesFacets({ country: 'CA', region: 'ON', kind: 'bridging', format: 'online' }, view)).toBe(true);
    expect(programMatchesFacets({ country: 'CA', region: null, kind: 'bridging', format: 'online' }, view)).toBe(false);
    expect(programMatchesFacets({ country: 'CA', region: 'ON', kind: 'cme', format: 'online' }, view)).toBe(false);
  });
});

describe('sort order', () => {
  it('compares names, then slugs, by code point', () => {
    const rows = [
      { name: 'b', slug: 'x' }, { name: 'B', slug: 'y' }, { name: 'a', slug: 'z' }, { name: 'a', slug: 'a' }, { name: 'É', slug: 'e' },
    ];
    expect([...rows].sort(compareByNameThenSlug).map((r) => r.slug)).toEqual(['y', 'a', 'z', 'x', 'e']);
  });
});
