// Strict reading of the /api/v1/programs query: the /programs filters (lib/programs/filters.ts) plus per_page;
// any value the page would ignore is a 400 listing every issue. Pure: no database.
import { parseProgramFilter, PROGRAM_FILTER_QUERY, type ProgramFilter } from '../programs/filters';
import { API_PAGING_QUERY, readStrictExtras } from './strict-query';

/** Every parameter of /api/v1/programs, in order: the handler parses with these parts, the document lists them. */
export const PROGRAM_API_QUERY = PROGRAM_FILTER_QUERY.extend(API_PAGING_QUERY.shape);

/** Throws BadRequestError (→ 400) listing every invalid value; otherwise the filter and page size. */
export function parseApiProgramQuery(params: URLSearchParams): { filter: ProgramFilter; perPage: number } {
  const { filter, ignored } = parseProgramFilter(params);
  return { filter, perPage: readStrictExtras(API_PAGING_QUERY, params, ignored).per_page };
}
