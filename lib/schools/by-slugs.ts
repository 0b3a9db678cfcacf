// Published schools for a list of slugs (compare, shortlist, their preview images, shortlist exports), in the
// order given, plus the slugs that match no published school (so a page can name them).
import 'server-only';
import { db } from '../db';
import { schoolWithSources, type SchoolRow } from './queries';

export async function listSchoolsBySlugs(slugs: string[]): Promise<{ schools: SchoolRow[]; unknown: string[] }> {
  if (slugs.length === 0) return { schools: [], unknown: [] };
  const rows = await db.school.findMany({ where: { slug: { in: slugs }, status: 'published' }, include: schoolWithSources });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return {
    schools: slugs.map((slug) => bySlug.get(slug)).filter((row): row is SchoolRow => !!row),
    unknown: slugs.filter((slug) => !bySlug.has(slug)),
  };
}
