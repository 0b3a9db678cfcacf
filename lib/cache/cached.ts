// Caches a server function's JSON-serialisable result in Next's data cache under tags (and so in the shared
// cache handler when one is configured). Results must be plain JSON: Dates would come back as strings.
import 'server-only';
import { unstable_cache } from 'next/cache';

export function cachedJson<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return async (...args: A): Promise<R> => {
    const cached = unstable_cache(() => fn(...args), [name, JSON.stringify(args)], { tags: tags(...args) });
    try {
      return await cached();
    } catch (error) {
      // Outside a Next server (scripts, integration tests) there is no cache: compute directly.
      if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return fn(...args);
      throw error;
    }
  };
}

/**
 * Marks the page being rendered with cache tags without caching any data: an ISR page takes the tags of the
 * cached calls made while rendering it, and a revalidateTag of any of them expires the page.
 */
export async function tagRender(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ['render-tags', ...tags], { tags })();
}
