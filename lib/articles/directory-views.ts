// "Directory views in this guide": each filtered /schools or /programs link a guide contains, in plain words,
// with the live count, read through each directory's one filter + query path.
import 'server-only';
import { parseSchoolFilter, schoolsHref, isFilterActive } from '../schools/filters';
import { describeSchoolFilter } from '../schools/describe';
import { searchSchools } from '../schools/queries';
import { extractDirectoryLinks } from './directory-links';
import { isProgramFilterActive, parseProgramFilter, programsHref } from '../programs/filters';
import { describeProgramFilter } from '../programs/describe';
import { searchPrograms } from '../programs/queries';

export type DirectoryView = { kind: 'schools' | 'programs'; href: string; description: string; count: number | null };

export async function describeDirectoryViews(hrefs: string[]): Promise<DirectoryView[]> {
  const views = await Promise.all(
    extractDirectoryLinks(hrefs).map(async (link): Promise<DirectoryView | null> => {
      if (link.kind === 'programs') {
        const { filter } = parseProgramFilter(link.params);
        if (!isProgramFilterActive(filter)) return null;
        const { total } = await searchPrograms({ ...filter, page: 1 }, { perPage: 1 });
        return { kind: 'programs', href: programsHref(filter), description: describeProgramFilter(filter, total), count: total };
      }
      const { filter } = parseSchoolFilter(link.params);
      if (!isFilterActive(filter)) return null;
      const { total } = await searchSchools({ ...filter, page: 1 }, { perPage: 1 });
      return { kind: 'schools', href: schoolsHref(filter), description: describeSchoolFilter(filter, total), count: total };
    }),
  );
  // Two spellings of one filter lead to the same canonical view: show it once.
  const seen = new Set<string>();
  return views.filter((v): v is DirectoryView => v !== null && !seen.has(v.href) && !!seen.add(v.href));
}
