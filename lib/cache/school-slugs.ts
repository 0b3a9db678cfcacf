// Which slug requests name a published record. /schools/<slug>: only published schools' pages are served from
// the page cache, so requests for made-up slugs render a 404 per request instead of becoming cache entries.
// /lenders|programs|guides/<slug> and /events/<slug>/ics: only published records' answers may be kept by shared
// caches (their 404s stay no-store, decision 060). Asked by proxy.ts on every such request; answers are
// remembered for a second (a record published on another instance is at worst rendered per request, or not
// shared, for that second — never served stale: the cached page itself is expired by tag on every save).
import 'server-only';
import { db } from '../db';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;
const REMEMBER_MS = 1_000;
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { published: boolean; at: number }>();

export type SlugKind = 'school' | 'lender' | 'program' | 'article' | 'event';

const LOOKUPS: Record<SlugKind, (slug: string) => Promise<{ status: string } | null>> = {
  school: (slug) => db.school.findUnique({ where: { slug }, select: { status: true } }),
  lender: (slug) => db.lender.findUnique({ where: { slug }, select: { status: true } }),
  program: (slug) => db.program.findUnique({ where: { slug }, select: { status: true } }),
  article: (slug) => db.article.findUnique({ where: { slug }, select: { status: true } }),
  event: (slug) => db.event.findUnique({ where: { slug }, select: { status: true } }),
};

export async function isPublishedSlug(kind: SlugKind, slug: string): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug) || (kind === 'school' && slug.length > 100)) return false;
  const key = `${kind}:${slug}`;
  const now = Date.now();
  const known = remembered.get(key);
  if (known && now - known.at < REMEMBER_MS) return known.published;
  const row = await LOOKUPS[kind](slug);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const published = row?.status === 'published';
  remembered.set(key, { published, at: now });
  return published;
}

export function isPublishedSchoolSlug(slug: string): Promise<boolean> {
  return isPublishedSlug('school', slug);
}
