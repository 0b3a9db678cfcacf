// Every public URL worth indexing: the static pages, then each published school, lender, guide, program and event.
// Pages that only make sense with a visitor's own choices (/compare, /shortlist) and filtered views are left
// out; /schools itself is the entry to those.
import 'server-only';
import { db } from '../db';

export const STATIC_PATHS = ['/', '/schools', '/lenders', '/programs', '/guides', '/events', '/events/organizers', '/numbers', '/glossary'] as const;

export type SitemapEntry = { path: string; lastModified?: Date };

export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const published = { where: { status: 'published' }, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' as const } };
  const [schools, lenders, articles, programs, events] = await Promise.all([
    db.school.findMany(published),
    db.lender.findMany(published),
    db.article.findMany(published),
    db.program.findMany(published),
    db.event.findMany(published),
  ]);
  const under = (prefix: string, rows: { slug: string; updatedAt: Date }[]) =>
    rows.map((row) => ({ path: `${prefix}/${row.slug}`, lastModified: row.updatedAt }));
  return [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...under('/schools', schools),
    ...under('/lenders', lenders),
    ...under('/guides', articles),
    ...under('/programs', programs),
    ...under('/events', events),
  ];
}
