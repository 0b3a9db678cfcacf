// Which /schools/<slug> requests may be served from the page cache: only slugs of published schools, so that
// requests for made-up slugs render a 404 per request instead of becoming cache entries. Asked by proxy.ts
// on every school page request; answers are remembered for a second (a school published on another instance
// is at worst rendered per request for that second, never served stale: the cached page itself is expired by
// tag on every save).
import 'server-only';
import { db } from '../db';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
const REMEMBER_MS = 1_000;
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { published: boolean; at: number }>();

export async function isPublishedSchoolSlug(slug: string): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) return false;
  const now = Date.now();
  const known = remembered.get(slug);
  if (known && now - known.at < REMEMBER_MS) return known.published;
  const school = await db.school.findUnique({ where: { slug }, select: { status: true } });
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const published = school?.status === 'published';
  remembered.set(slug, { published, at: now });
  return published;
}
