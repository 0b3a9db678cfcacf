// The JSON API's school reads, on top of the one query module (lib/schools/queries.ts).
import 'server-only';
import { getSchoolBySlug, searchSchools } from '../schools/queries';
import type { SchoolFilter } from '../schools/filters';
import { NotFoundError } from './errors';
import { toFilterJson, type FilterJson } from './school-params';
import { toSchoolJson, type SchoolJson } from './school-json';

export type SchoolListJson = { total: number; page: number; perPage: number; filters: FilterJson; results: SchoolJson[] };

export async function listSchoolsJson(filter: SchoolFilter, perPage: number): Promise<SchoolListJson> {
  const search = await searchSchools(filter, { perPage });
  return {
    total: search.total,
    page: filter.page,
    perPage,
    filters: toFilterJson(filter),
    results: search.results.map(toSchoolJson),
  };
}

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

export async function getSchoolJson(slug: string): Promise<SchoolJson> {
  const school = SLUG_PATTERN.test(slug) ? await getSchoolBySlug(slug) : null;
  if (!school) throw new NotFoundError(`No published school has the slug "${slug.slice(0, 100)}".`);
  return toSchoolJson(school);
}
