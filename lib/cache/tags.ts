// Cache tags: every cached page or answer carries the tags of the data it shows, and every admin save
// expires exactly those tags (lib/admin/revalidate.ts) — in the app's cache and, by the same names, in the
// front cache (lib/http/cache-policy.ts, decision 060). One list so the sides cannot drift.
export const CACHE_TAGS = {
  /** Any published school fact: lists, counts, the API, school pages. */
  schools: 'schools',
  /** One school's page and API answer. */
  school: (slug: string) => `school:${slug}`,
  lenders: 'lenders',
  programs: 'programs',
  articles: 'articles',
  events: 'events',
} as const;

export const ALL_PUBLIC_TAGS = [CACHE_TAGS.schools, CACHE_TAGS.lenders, CACHE_TAGS.programs, CACHE_TAGS.articles, CACHE_TAGS.events];

/** Carried by every public response in the front cache only: purging it empties that cache (after a deploy). */
export const SITE_TAG = 'site';
