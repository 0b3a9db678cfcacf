// Strict reading of the /api/v1/schools query: the same filters as /schools (lib/schools/filters.ts), but
// where the page ignores a bad value with a notice, the API refuses the request with every issue listed.
// Pure: no database.
import { listOf } from '../filters/query';
import { effectiveIntl, parseSchoolFilter, SCHOOL_FILTER_QUERY, type SchoolFilter } from '../schools/filters';
import { API_PAGING_QUERY, API_PER_PAGE_DEFAULT, readStrictExtras, throwIfIssues } from './strict-query';

export { API_PER_PAGE_DEFAULT };

/** `include=evidence` adds each school's per-field sources to the list (the single school always has them). */
export const API_INCLUDE_VALUES = ['evidence'] as const;

/** What /api/v1/schools takes beyond the /schools filters. */
const SCHOOL_API_EXTRAS = API_PAGING_QUERY.extend({
  include: listOf(API_INCLUDE_VALUES, "include=evidence adds each school's evidence (the pages behind each field)."),
});

/** Every parameter of /api/v1/schools, in order: the handler parses with these parts, the document lists them. */
export const SCHOOL_API_QUERY = SCHOOL_FILTER_QUERY.extend(SCHOOL_API_EXTRAS.shape);

export type ApiSchoolQuery = { filter: SchoolFilter; perPage: number; includeEvidence: boolean };

/** Throws BadRequestError (→ 400) listing every invalid value; otherwise the filter and page size. */
export function parseApiSchoolQuery(params: URLSearchParams): ApiSchoolQuery {
  const { filter, ignored } = parseSchoolFilter(params);
  const extras = readStrictExtras(SCHOOL_API_EXTRAS, params, ignored);
  return { filter, perPage: extras.per_page, includeEvidence: extras.include.includes('evidence') };
}

/** Strict filter only (exports): the page and per_page play no part there. */
export function parseStrictSchoolFilter(params: URLSearchParams): SchoolFilter {
  const { filter, ignored } = parseSchoolFilter(params);
  throwIfIssues(ignored);
  return { ...filter, page: 1 };
}

export type FilterJson = Omit<SchoolFilter, 'page'>;

/** The canonical filter object echoed in responses: every key present, defaults spelled out, no paging. */
export function toFilterJson(filter: SchoolFilter): FilterJson {
  return {
    q: filter.q,
    degree: filter.degree,
    state: filter.state,
    ownership: filter.ownership,
    intl: [...effectiveIntl(filter)],
    aid: filter.aid,
    cosigner: filter.cosigner,
    funds: filter.funds,
    coursework: filter.coursework,
    daca: filter.daca,
    canada: filter.canada,
    tuitionMax: filter.tuitionMax,
    source: filter.source,
    sort: filter.sort,
  };
}
