// Cache tags: every cached page or answer carries the tags of the data it shows, and every admin save
// expires exactly those tags (lib/admin/revalidate.ts). One list so the two sides cannot drift.
export const CACHE_TAGS = {
  /** Any published school fact: lists, counts, the API, school pages. */
  schools: 'schools',
  /** One school's page and API answer. */
  school: (slug: string) => `school:${slug}`,
  lenders: 'lenders',
  programs: 'programs',
  articles: 'articles',
} as const;

export const ALL_PUBLIC_TAGS = [CACHE_TAGS.schools, CACHE_TAGS.lenders, CACHE_TAGS.programs, CACHE_TAGS.articles];
