// After an admin save, nothing public may show the old facts. Each cached page or answer carries the tags of
// the data it shows (lib/cache/tags.ts); a save expires those tags at once ({ expire: 0 }, not the
// stale-while-revalidate 'max' profile), in this process and, with the shared handler, on every instance —
// and then purges them from the front cache when one is configured (FRONT_CACHE_PURGE_URL, decision 061).
// Callers run after the database commit, so neither cache can refill with the old facts.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { ALL_PUBLIC_TAGS, CACHE_TAGS } from '../cache/tags';
import { purgeFrontCache } from '../http/front-cache-purge';

export function revalidateTags(tags: string[]): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  // Not awaited: the editor's save does not wait on the front cache; failures are retried and logged there.
  void purgeFrontCache(unique);
}

/** A school was created, edited, verified or deleted (pass every slug it had, old and new). */
export function revalidateSchool(...slugs: string[]): void {
  revalidateTags([CACHE_TAGS.schools, ...slugs.map(CACHE_TAGS.school)]);
}

/** For writes whose reach is not known precisely: every public tag. */
export function revalidateAfterSave(): void {
  revalidateTags(ALL_PUBLIC_TAGS);
}
