// The JSON API's program reads (GET /api/v1/programs and /api/v1/programs/{slug}), on top of the programs query
// module; errors are thrown for the shared mapper (lib/api/errors.ts).
import 'server-only';
import type { ProgramFilter } from '../programs/filters';
import { getProgramBySlug, searchPrograms } from '../programs/queries';
import { NotFoundError } from './errors';
import { PROGRAM_SLUG } from './slugs';
import { toProgramJson } from './program-json';

export async function listProgramsJson(filter: ProgramFilter, perPage: number) {
  const search = await searchPrograms(filter, { perPage });
  return {
    total: search.total,
    page: search.page,
    perPage,
    filters: { q: filter.q, country: filter.country, region: filter.region, kind: filter.kind, format: filter.format },
    results: search.results.map(toProgramJson),
  };
}

export async function getProgramJson(slug: string) {
  const program = PROGRAM_SLUG.safeParse(slug).success ? await getProgramBySlug(slug) : null;
  if (!program) throw new NotFoundError(`No published program has the slug "${slug.slice(0, 120)}".`);
  return toProgramJson(program);
}
