// The JSON API's school reads, on top of the one query module (lib/schools/queries.ts).
import 'server-only';
import { getSchoolBySlug, searchSchools } from '../schools/queries';
import type { SchoolFilter } from '../schools/filters';
import { NotFoundError } from './errors';
import { SCHOOL_SLUG } from './slugs';
import { cachedJson } from '../cache/cached';
import { CACHE_TAGS } from '../cache/tags';
import { isCacheableTuition, MAX_CACHED_STATES } from '../cache/schools-key';
import { API_PER_PAGE_DEFAULT, toFilterJson, type FilterJson } from './school-params';
import { toSchoolJson, type SchoolJson } from './school-json';
import { listEvidenceForSchools, listSchoolEvidence } from '../evidence/queries';
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
 * Answers are cached by their canonical filter (tag 'schools') only within tight bounds, since callers choose
 * every parameter: no free text, tuition_max on the page cache's grid, the default page size and the first
 * MAX_CACHED_API_PAGE pages (decision 043). Anything else is computed per request.
 */
export const MAX_CACHED_API_PAGE = 3;

export function listSchoolsJson(filter: SchoolFilter, perPage: number, includeEvidence = false): Promise<SchoolListJson> {
  return isCacheableFilter(filter, perPage) ? cachedList(filter, perPage, includeEvidence) : loadSchoolsJson(filter, perPage, includeEvidence);
}

/** A school's answer is cached only once it exists (a 404 throws and is not cached): one entry per school. */
export function getSchoolJson(slug: string): Promise<SchoolJson> {
  return cachedSchool(slug);
}

export function isCacheableFilter(filter: SchoolFilter, perPage: number): boolean {
  return (
    !filter.q &&
    perPage === API_PER_PAGE_DEFAULT &&
    isCacheableTuition(filter.tuitionMax) &&
    filter.page <= MAX_CACHED_API_PAGE &&
    filter.state.length <= MAX_CACHED_STATES
  );
}

const cachedList = cachedJson(
  'api-schools',
  (filter: SchoolFilter, perPage: number, includeEvidence: boolean) => loadSchoolsJson(filter, perPage, includeEvidence),
  () => [CACHE_TAGS.schools],
);
const cachedSchool = cachedJson('api-school', (slug: string) => loadSchoolJson(slug), (slug) => [CACHE_TAGS.schools, CACHE_TAGS.school(slug)]);

async function loadSchoolsJson(filter: SchoolFilter, perPage: number, includeEvidence: boolean): Promise<SchoolListJson> {
  const [search, sayingNo] = await Promise.all([searchSchools(filter, { perPage }), findSchoolsSayingNo(filter)]);
  const evidence = includeEvidence ? await listEvidenceForSchools(search.results.map((s) => s.id)) : null;
  return {
    total: search.total,
    page: filter.page,
    perPage,
    filters: toFilterJson(filter),
    results: search.results.map((s) => toSchoolJson(s, evidence ? (evidence.get(s.id) ?? []) : undefined)),
    ...(filter.q ? { schoolsSayingNo: sayingNo.map(({ sourceTitle: _title, ...school }) => school) } : {}),
  };
}

async function loadSchoolJson(slug: string): Promise<SchoolJson> {
  const school = SCHOOL_SLUG.safeParse(slug).success ? await getSchoolBySlug(slug) : null;
  if (!school) throw new NotFoundError(`No published school has the slug "${slug.slice(0, 100)}".`);
  return toSchoolJson(school, await listSchoolEvidence(school.id));
}
