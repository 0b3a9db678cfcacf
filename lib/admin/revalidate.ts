// After an admin save, nothing public may show the old facts. Each cached page or answer carries the tags of
// the data it shows (lib/cache/tags.ts); a save expires those tags at once ({ expire: 0 }, not the
// stale-while-revalidate 'max' profile), in this process and, with the shared handler, on every instance.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { ALL_PUBLIC_TAGS, CACHE_TAGS } from '../cache/tags';

export function revalidateTags(tags: string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/** A school was created, edited, verified or deleted (pass every slug it had, old and new). */
export function revalidateSchool(...slugs: string[]): void {
  revalidateTags([CACHE_TAGS.schools, ...slugs.map(CACHE_TAGS.school)]);
}

export function revalidateLenders(): void {
  revalidateTags([CACHE_TAGS.lenders]);
}

/** For writes whose reach is not known precisely: every public tag. */
export function revalidateAfterSave(): void {
  revalidateTags(ALL_PUBLIC_TAGS);
}
