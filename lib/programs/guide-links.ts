// Which /programs views an article body links to. Pure, so the rule is unit-tested without a database.
// Only site-relative links count ("/programs?kind=bridging"); "/programs/…" paths and other sites' pages
// called "programs" are not the directory.
import { isProgramFilterActive, parseProgramFilter, type ProgramFilter } from './filters';

const PROGRAMS_LINK = /(?<=[("'\s]|^)\/programs(\?[^\s)"'<>#]*)?(?=[\s)"'<>#]|$)/g;

/**
 * The filters of the directory views linked from `body`. A link to the unfiltered directory is left out: it
 * points at every program, so it does not say the guide discusses any particular one.
 */
export function linkedProgramFilters(body: string): ProgramFilter[] {
  const filters: ProgramFilter[] = [];
  for (const match of body.matchAll(PROGRAMS_LINK)) {
    const query = (match[1] ?? '').slice(1).replace(/&amp;/g, '&');
    const { filter } = parseProgramFilter(new URLSearchParams(query));
    if (isProgramFilterActive(filter)) filters.push({ ...filter, page: 1 });
  }
  return filters;
}
