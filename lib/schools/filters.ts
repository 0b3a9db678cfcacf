// THE URL contract of /schools (DESIGN §2): parse, serialize to the canonical query string, describe.
// The page, the JSON API, the exports, the feeds and the preview image all read filters through this module.
// Parsing is per parameter: one bad value drops only itself and is reported (pages show a notice; the API
// answers 400 with the same list).
import { z } from 'zod';
import { US_STATES } from '../validation/enums';
import { hrefWith, listOf, oneOf, queryPairs, readQuery, text, toQueryString, wholeNumber, type IgnoredParam, type RawParams } from '../filters/query';

export const DEGREE_VALUES = ['md', 'do'] as const;
export const OWNERSHIP_VALUES = ['public', 'private'] as const;
export const INTL_VALUES = ['yes', 'limited', 'no'] as const;
/** Without `intl`, the directory lists the schools that accept international applicants (DESIGN §2). */
export const DEFAULT_INTL = ['yes', 'limited'] as const;
export const SOURCE_VALUES = ['school'] as const;
export const AID_VALUES = ['need', 'merit', 'loan'] as const;
export const FUNDS_VALUES = ['none', 'proof', 'escrow'] as const;
export const COURSEWORK_VALUES = ['none', 'preferred', 'required', 'degree_required'] as const;
export const SORT_VALUES = ['name', 'tuition', '-tuition', 'verified'] as const;
export const STATE_VALUES = US_STATES.map((s) => s.toLowerCase());

export const PAGE_SIZE = 20;
export const Q_MAX_LENGTH = 100;
export const TUITION_MAX_LIMIT = 1_000_000;
export const PAGE_LIMIT = 10_000;

export type Degree = (typeof DEGREE_VALUES)[number];
export type Ownership = (typeof OWNERSHIP_VALUES)[number];
export type Intl = (typeof INTL_VALUES)[number];
export type Aid = (typeof AID_VALUES)[number];
export type Funds = (typeof FUNDS_VALUES)[number];
export type Coursework = (typeof COURSEWORK_VALUES)[number];
export type Sort = (typeof SORT_VALUES)[number];

export type SchoolFilter = {
  q: string | null;
  degree: Degree[];
  state: string[];
  ownership: Ownership[];
  intl: Intl[];
  aid: Aid[];
  cosigner: 'yes' | null;
  funds: Funds | null;
  coursework: Coursework | null;
  daca: 'yes' | null;
  canada: 'domestic' | null;
  tuitionMax: number | null;
  /** 'school': a fact counts only when a school or official page supports it. */
  source: 'school' | null;
  sort: Sort;
  page: number;
};

export const EMPTY_FILTER: SchoolFilter = {
  q: null,
  degree: [],
  state: [],
  ownership: [],
  intl: [],
  aid: [],
  cosigner: null,
  funds: null,
  coursework: null,
  daca: null,
  canada: null,
  tuitionMax: null,
  source: null,
  sort: 'name',
  page: 1,
};

/**
 * The /schools query, one field per parameter in canonical order: what the page, the API and the exports
 * parse with (lib/filters/query.ts) and what the API document lists (lib/api/openapi.ts).
 */
export const SCHOOL_FILTER_QUERY = z.object({
  q: text(Q_MAX_LENGTH).optional().meta({ description: 'Search in name, city, state and notes (typo tolerant).' }),
  degree: listOf(DEGREE_VALUES, 'Degree type; values are OR.'),
  state: listOf(STATE_VALUES, 'Two-letter state codes, lower case; values are OR.'),
  ownership: listOf(OWNERSHIP_VALUES, 'Public or private; values are OR.'),
  intl: listOf(
    INTL_VALUES,
    'How the school accepts international applicants; values are OR. Absent: yes,limited (schools that accept). `no` lists the schools whose own pages say they do not accept international applicants: a checked answer, not a gap.',
  ),
  aid: listOf(AID_VALUES, 'Aid open to international students; values are AND (need, merit: yes or limited; loan: yes).'),
  cosigner: oneOf(['yes'], 'only "yes"').optional().meta({ description: 'Private loans with a US cosigner accepted.' }),
  funds: oneOf(FUNDS_VALUES).optional().meta({ description: 'Strictest funding requirement accepted: none < proof < escrow (escrow matches all, unknown included).' }),
  coursework: oneOf(COURSEWORK_VALUES).optional().meta({ description: 'Strictest US/Canadian coursework requirement accepted (degree_required matches all).' }),
  daca: oneOf(['yes'], 'only "yes"').optional().meta({ description: 'DACA recipients accepted.' }),
  canada: oneOf(['domestic'], 'only "domestic"').optional().meta({ description: 'Canadian applicants treated as domestic.' }),
  tuition_max: wholeNumber(0, TUITION_MAX_LIMIT, `a whole number of dollars from 0 to ${TUITION_MAX_LIMIT}`)
    .optional()
    .meta({ description: 'Known yearly tuition in USD at most this.' }),
  source: oneOf(SOURCE_VALUES, 'only "school"')
    .optional()
    .meta({
      description:
        'Count a fact for the other filters only when a page of the school itself or of an official body (AAMC, AACOM, a state agency) supports it; otherwise it is treated as unknown.',
    }),
  sort: oneOf(SORT_VALUES).default('name').meta({ description: 'Order; unknown tuition sorts last both ways; ties by name, then slug.' }),
  page: wholeNumber(1, PAGE_LIMIT).default(1).meta({ description: 'Page number.' }),
});

/** Parameter names in canonical order. */
export const FILTER_PARAMS = SCHOOL_FILTER_QUERY.keyof().options;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export type { IgnoredParam };
export type ParsedFilter = { filter: SchoolFilter; ignored: IgnoredParam[] };

export function parseSchoolFilter(raw: RawParams): ParsedFilter {
  const { values, ignored } = readQuery(SCHOOL_FILTER_QUERY, raw);
  const { tuition_max: tuitionMax, ...rest } = values;
  // EMPTY_FILTER first keeps the keys in SchoolFilter's order (filters are compared and cached as JSON).
  return { filter: normalizeFilter({ ...EMPTY_FILTER, ...rest, tuitionMax }), ignored };
}

/** Drops values that mean "no restriction" so equivalent filters share one canonical form. */
function normalizeFilter(filter: SchoolFilter): SchoolFilter {
  return {
    ...filter,
    intl: isDefaultIntl(filter.intl) ? [] : filter.intl,
    funds: filter.funds === 'escrow' ? null : filter.funds,
    coursework: filter.coursework === 'degree_required' ? null : filter.coursework,
  };
}

function isDefaultIntl(intl: Intl[]): boolean {
  return intl.length === DEFAULT_INTL.length && DEFAULT_INTL.every((v) => intl.includes(v));
}

/** The acceptance values a filter lists: its own `intl`, or the default (schools that accept). */
export function effectiveIntl(filter: SchoolFilter): readonly Intl[] {
  return filter.intl.length ? filter.intl : DEFAULT_INTL;
}

/** Canonical query-string pairs, in contract order, defaults omitted. */
export function filterToPairs(filter: SchoolFilter): [FilterParam, string][] {
  const { tuitionMax, ...rest } = normalizeFilter(filter);
  return queryPairs(SCHOOL_FILTER_QUERY, { ...rest, tuition_max: tuitionMax });
}

/** Canonical query string without the leading "?" (commas stay readable). */
export function serializeSchoolFilter(filter: SchoolFilter): string {
  return toQueryString(filterToPairs(filter));
}

/** A link to /schools (or another path taking the same filters) with a patch applied; filter changes reset page. */
export function schoolsHref(filter: SchoolFilter, patch: Partial<SchoolFilter> = {}, path = '/schools'): string {
  const resetsPage = Object.keys(patch).some((key) => key !== 'page' && key !== 'sort');
  const next = { ...filter, ...(resetsPage ? { page: 1 } : {}), ...patch };
  return hrefWith(path, serializeSchoolFilter(next));
}

/** The key pages and caches use: the canonical filter without paging. */
export function filterKey(filter: SchoolFilter): string {
  return serializeSchoolFilter(filter);
}

export function isFilterActive(filter: SchoolFilter): boolean {
  return filterToPairs({ ...filter, sort: 'name', page: 1 }).length > 0;
}
