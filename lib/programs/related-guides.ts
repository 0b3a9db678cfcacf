// "Guides that discuss this" for a program page: published guides whose body links to a /programs view that
// includes the program, then the guides of the categories about continuing education (and Canada, for a
// Canadian program).
import 'server-only';
import { db } from '../db';
import { prepareQuery, rankDocument } from '../search/fuzzy';
import { linkedProgramFilters } from './guide-links';
import { compareByNameThenSlug, programMatchesFacets } from './where';

type ProgramFacts = { name: string; searchText: string; country: string; region: string | null; kind: string; format: string };
export type RelatedGuide = { slug: string; title: string; summary: string; category: string };
export type RelatedGuides = { linking: RelatedGuide[]; category: RelatedGuide[] };

function viewIncludes(program: ProgramFacts, filter: ReturnType<typeof linkedProgramFilters>[number]): boolean {
  if (!programMatchesFacets(program, filter)) return false;
  if (!filter.q) return true;
  return rankDocument(prepareQuery(filter.q), { name: program.name, aliases: '', searchText: program.searchText }) !== null;
}

// Title order computed here, not in SQL, so both databases list guides alike (see compareByNameThenSlug).
const byTitle = (a: RelatedGuide, b: RelatedGuide) => compareByNameThenSlug({ name: a.title, slug: a.slug }, { name: b.title, slug: b.slug });

export function relatedCategories(country: string): string[] {
  return country === 'CA' ? ['continuing-education', 'canada'] : ['continuing-education'];
}

export async function findRelatedGuides(program: ProgramFacts): Promise<RelatedGuides> {
  const select = { slug: true, title: true, summary: true, category: true } as const;
  const [withLinks, inCategories] = await Promise.all([
    db.article.findMany({
      where: { status: 'published', body: { contains: '/programs' } },
      select: { ...select, body: true },
    }),
    db.article.findMany({
      where: { status: 'published', category: { in: relatedCategories(program.country) } },
      select,
    }),
  ]);
  const linking = withLinks
    .filter((article) => linkedProgramFilters(article.body).some((filter) => viewIncludes(program, filter)))
    .map(({ body: _body, ...guide }) => guide);
  linking.sort(byTitle);
  const linked = new Set(linking.map((g) => g.slug));
  return { linking, category: inCategories.filter((g) => !linked.has(g.slug)).sort(byTitle) };
}
