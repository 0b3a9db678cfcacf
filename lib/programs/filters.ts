// THE URL contract of /programs: parse, serialize to the canonical query string, build links.
// The page, the JSON API and the exports all read filters through this module. Same conventions as
// /schools (lib/schools/filters.ts): per-parameter lenient parsing that reports what it dropped (the API turns
// any drop into a 400), canonical order of parameters and of values, defaults left out.
import { z } from 'zod';
import { CA_PROVINCES, PROGRAM_KINDS, US_STATES } from '../validation/enums';
import { hrefWith, listOf, queryPairs, readQuery, text, toQueryString, wholeNumber, type IgnoredParam, type RawParams } from '../filters/query';

export const COUNTRY_VALUES = ['ca', 'us'] as const;
/** Provinces first, then states: the order values take in a canonical URL. */
export const REGION_VALUES = [...CA_PROVINCES, ...US_STATES].map((r) => r.toLowerCase());
export const KIND_VALUES = PROGRAM_KINDS;
/** `unknown` is a stored value but not a filter: nobody asks for "programs whose format is not stated". */
export const FORMAT_VALUES = ['online', 'in_person', 'hybrid'] as const;

export const PAGE_SIZE = 20;
export const Q_MAX_LENGTH = 100;
export const PAGE_LIMIT = 10_000;

export type Country = (typeof COUNTRY_VALUES)[number];
export type Kind = (typeof KIND_VALUES)[number];
export type Format = (typeof FORMAT_VALUES)[number];

export type ProgramFilter = {
  q: string | null;
  country: Country[];
  region: string[];
  kind: Kind[];
  format: Format[];
  page: number;
};

export const EMPTY_PROGRAM_FILTER: ProgramFilter = { q: null, country: [], region: [], kind: [], format: [], page: 1 };

/**
 * The /programs query, one field per parameter in canonical order: what the page, the API and the exports
 * parse with (lib/filters/query.ts) and what the API document lists (lib/api/openapi.ts).
 */
export const PROGRAM_FILTER_QUERY = z.object({
  q: text(Q_MAX_LENGTH).optional().meta({ description: 'Search in name, provider and notes (typo tolerant).' }),
  country: listOf(COUNTRY_VALUES, 'Country; values are OR.'),
  region: listOf(REGION_VALUES, 'Two-letter province/territory or state code, lower case; values are OR.', 'must be a two-letter province or state code, e.g. on or ny'),
  kind: listOf(KIND_VALUES, 'Kind of program; values are OR.'),
  format: listOf(FORMAT_VALUES, 'Delivery mode; values are OR.'),
  page: wholeNumber(1, PAGE_LIMIT).default(1).meta({ description: 'Page number.' }),
});

/** Parameter names in canonical order. */
export const PROGRAM_FILTER_PARAMS = PROGRAM_FILTER_QUERY.keyof().options;
export type ProgramFilterParam = (typeof PROGRAM_FILTER_PARAMS)[number];
export const PROGRAM_MULTI_PARAMS = ['country', 'region', 'kind', 'format'] as const;
export type ProgramFacet = (typeof PROGRAM_MULTI_PARAMS)[number];

export type { IgnoredParam };
export type ParsedProgramFilter = { filter: ProgramFilter; ignored: IgnoredParam[] };

export function parseProgramFilter(raw: RawParams): ParsedProgramFilter {
  const { values, ignored } = readQuery(PROGRAM_FILTER_QUERY, raw);
  return { filter: values, ignored };
}

/** Canonical query-string pairs, in contract order, defaults omitted. */
export function programFilterToPairs(filter: ProgramFilter): [ProgramFilterParam, string][] {
  return queryPairs(PROGRAM_FILTER_QUERY, filter);
}

/** Canonical query string without the leading "?" (commas stay readable). */
export function serializeProgramFilter(filter: ProgramFilter): string {
  return toQueryString(programFilterToPairs(filter));
}

/** A link to /programs (or another path taking the same filters) with a patch applied; filter changes reset page. */
export function programsHref(filter: ProgramFilter, patch: Partial<ProgramFilter> = {}, path = '/programs'): string {
  const resetsPage = Object.keys(patch).some((key) => key !== 'page');
  const next = { ...filter, ...(resetsPage ? { page: 1 } : {}), ...patch };
  return hrefWith(path, serializeProgramFilter(next));
}

export function isProgramFilterActive(filter: ProgramFilter): boolean {
  return programFilterToPairs({ ...filter, page: 1 }).length > 0;
}
