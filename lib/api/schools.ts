// The JSON API's school reads, on top of the one query module (lib/schools/queries.ts).
import 'server-only';
import { getSchoolBySlug, searchSchools } from '../schools/queries';
import type { SchoolFilter } from '../schools/filters';
import { NotFoundError } from './errors';
import { cachedJson } from '../cache/cached';
import { CACHE_TAGS } from '../cache/tags';
import { MAX_CACHED_PAGE, MAX_CACHED_STATES } from '../cache/schools-key';
import { toFilterJson, type FilterJson } from './school-params';
import { toSchoolJson, type SchoolJson } from './school-json';
import { findSchoolsSayingNo, type SchoolSayingNo } from '../schools/says-no';

export type SchoolListJson = {
  total: number;
  page: number;
  perPage: number;
  filters: FilterJson;
  results: SchoolJson[];
  /** With a text search: matching schools that say they do not accept international applicants. */
  schoolsSayingNo?: Omit<SchoolSayingNo, 'sourceTitle'>[];
};

/**
 * Answers are cached by their canonical filter (tag 'schools'); free text and deep pages are not, so the
 * cache cannot be grown with arbitrary strings (same bounds as the /schools page cache).
 */
export function listSchoolsJson(filter: SchoolFilter, perPage: number): Promise<SchoolListJson> {
  return isCacheableFilter(filter) ? cachedList(filter, perPage) : loadSchoolsJson(filter, perPage);
}

/** A school's answer is cached only once it exists (a 404 throws and is not cached): one entry per school. */
export function getSchoolJson(slug: string): Promise<SchoolJson> {
  return cachedSchool(slug);
}

function isCacheableFilter(filter: SchoolFilter): boolean {
  return !filter.q && filter.page <= MAX_CACHED_PAGE && filter.state.length <= MAX_CACHED_STATES;
}

const cachedList = cachedJson('api-schools', (filter: SchoolFilter, perPage: number) => loadSchoolsJson(filter, perPage), () => [CACHE_TAGS.schools]);
const cachedSchool = cachedJson('api-school', (slug: string) => loadSchoolJson(slug), (slug) => [CACHE_TAGS.schools, CACHE_TAGS.school(slug)]);

async function loadSchoolsJson(filter: SchoolFilter, perPage: number): Promise<SchoolListJson> {
  const [search, sayingNo] = await Promise.all([searchSchools(filter, { perPage }), findSchoolsSayingNo(filter)]);
  return {
    total: search.total,
    page: filter.page,
    perPage,
    filters: toFilterJson(filter),
    results: search.results.map(toSchoolJson),
    ...(filter.q ? { schoolsSayingNo: sayingNo.map(({ sourceTitle: _title, ...school }) => school) } : {}),
  };
}

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

async function loadSchoolJson(slug: string): Promise<SchoolJson> {
  const school = SLUG_PATTERN.test(slug) ? await getSchoolBySlug(slug) : null;
  if (!school) throw new NotFoundError(`No published school has the slug "${slug.slice(0, 100)}".`);
  return toSchoolJson(school);
}
