// Strict reading of the /api/v1/schools query: the same filters as /schools (lib/schools/filters.ts), but
// where the page ignores a bad value with a notice, the API refuses the request with every issue listed.
// Pure: no database.
import { effectiveIntl, parseSchoolFilter, type SchoolFilter } from '../schools/filters';
import { BadRequestError, type ApiIssue } from './errors';

export const API_PER_PAGE_DEFAULT = 20;
export const API_PER_PAGE_MAX = 100;

export type ApiSchoolQuery = { filter: SchoolFilter; perPage: number };

function parsePerPage(values: string[], issues: ApiIssue[]): number {
  let perPage: number | null = null;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= API_PER_PAGE_MAX)) {
      issues.push({ param: 'per_page', value: raw.slice(0, 60), reason: `a whole number from 1 to ${API_PER_PAGE_MAX}` });
    } else if (perPage === null) perPage = n;
    else if (perPage !== n) issues.push({ param: 'per_page', value: raw.slice(0, 60), reason: 'given twice; use it once' });
  }
  return perPage ?? API_PER_PAGE_DEFAULT;
}

/** Throws BadRequestError (→ 400) listing every invalid value; otherwise the filter and page size. */
export function parseApiSchoolQuery(params: URLSearchParams): ApiSchoolQuery {
  const { filter, ignored } = parseSchoolFilter(params);
  const issues: ApiIssue[] = [...ignored];
  const perPage = parsePerPage(params.getAll('per_page'), issues);
  if (issues.length) {
    const names = [...new Set(issues.map((i) => i.param))].join(', ');
    throw new BadRequestError(`Invalid value for ${names}. See "issues" and /api/v1/openapi.json.`, issues);
  }
  return { filter, perPage };
}

/** Strict filter only (exports): the page and per_page play no part there. */
export function parseStrictSchoolFilter(params: URLSearchParams): SchoolFilter {
  const { filter, ignored } = parseSchoolFilter(params);
  if (ignored.length) {
    const names = [...new Set(ignored.map((i) => i.param))].join(', ');
    throw new BadRequestError(`Invalid value for ${names}.`, ignored);
  }
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
