// Published schools for a list of slugs (shortlist, exports), in the order given; unknown slugs are skipped.
import 'server-only';
import { db } from '../db';
import { schoolWithSources, type SchoolRow } from './queries';

export async function listPublishedSchoolsBySlugs(slugs: string[]): Promise<SchoolRow[]> {
  if (slugs.length === 0) return [];
  const rows = await db.school.findMany({ where: { slug: { in: slugs }, status: 'published' }, include: schoolWithSources });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.map((slug) => bySlug.get(slug)).filter((row): row is SchoolRow => !!row);
}
