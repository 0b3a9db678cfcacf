// What every /api/v1 list shares: the page size parameter and strictness. The HTML pages ignore a bad value
// with a notice; the API refuses the request (400) and lists every issue, in parameter order.
import { z } from 'zod';
import { readQuery, wholeNumber, type IgnoredParam, type QueryShape, type QueryValues, type RawParams } from '../filters/query';
import { BadRequestError } from './errors';

export const API_PER_PAGE_DEFAULT = 20;
export const API_PER_PAGE_MAX = 100;

/** The paging a list adds to its directory's filters (`page` is part of each filter). */
export const API_PAGING_QUERY = z.object({
  per_page: wholeNumber(1, API_PER_PAGE_MAX).default(API_PER_PAGE_DEFAULT).meta({ description: 'Results per page.' }),
});

/** Throws BadRequestError (→ 400) naming each parameter that had an issue. */
export function throwIfIssues(issues: IgnoredParam[], hint = ''): void {
  if (issues.length === 0) return;
  const names = [...new Set(issues.map((i) => i.param))].join(', ');
  throw new BadRequestError(`Invalid value for ${names}.${hint}`, issues);
}

/**
 * The API's extra parameters read strictly, after the directory's own filter: the filter's issues come first,
 * then the extras', and any issue at all is a 400.
 */
export function readStrictExtras<S extends QueryShape>(extras: z.ZodObject<S>, params: RawParams, filterIssues: IgnoredParam[]): QueryValues<S> {
  const { values, ignored } = readQuery(extras, params);
  throwIfIssues([...filterIssues, ...ignored], ' See "issues" and /api/v1/openapi.json.');
  return values;
}
