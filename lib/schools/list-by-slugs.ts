// Published schools for the slugs of a compare/shortlist URL, in the URL's order, plus the slugs that match
// no published school (so the page can name them).
import 'server-only';
import { db } from '../db';
import { schoolWithSources, type SchoolRow } from './queries';

export async function listSchoolsBySlugs(slugs: string[]): Promise<{ schools: SchoolRow[]; unknown: string[] }> {
  if (slugs.length === 0) return { schools: [], unknown: [] };
  const rows = await db.school.findMany({ where: { slug: { in: slugs }, status: 'published' }, include: schoolWithSources });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return {
    schools: slugs.map((s) => bySlug.get(s)).filter((r): r is SchoolRow => !!r),
    unknown: slugs.filter((s) => !bySlug.has(s)),
  };
}
