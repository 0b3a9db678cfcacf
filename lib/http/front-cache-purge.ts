// Purges the front cache (Varnish with xkey; deploy/varnish/default.vcl) by cache tag after every admin write,
// import and verification: lib/admin/revalidate.ts calls it right after it expires the same tags in the app's
// own cache, which the actions do once the database has committed. FRONT_CACHE_PURGE_URL names one or more
// front caches (comma-separated); unset, nothing is sent. Each gets `PURGE` with the tags in `xkey-purge` (and
// `Surrogate-Key`, the same list). A failed purge is retried with back-off and logged; a second purge follows a
// few seconds later for pages a render that began before the save stored after the first (decision 061).
import 'server-only';
import { env } from '../env';

export const PURGE_RETRY_DELAYS_MS = [250, 1_000, 4_000];
export const PURGE_TIMEOUT_MS = 2_000;
export const REPURGE_AFTER_MS = 5_000;

export type PurgeOptions = { urls?: string[]; retryDelaysMs?: number[]; repurgeAfterMs?: number | null };

/** The configured front caches: FRONT_CACHE_PURGE_URL, comma-separated http(s) URLs. */
export function frontCachePurgeUrls(): string[] {
  return (env().FRONT_CACHE_PURGE_URL ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => /^https?:\/\//.test(u));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function purgeOnce(url: string, tags: string[]): Promise<void> {
  const keys = tags.join(' ');
  const response = await fetch(url, { method: 'PURGE', headers: { 'xkey-purge': keys, 'Surrogate-Key': keys }, signal: AbortSignal.timeout(PURGE_TIMEOUT_MS) });
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

/** One front cache, with retries; true when it confirmed the purge. */
async function purgeWithRetries(url: string, tags: string[], delays: number[]): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await purgeOnce(url, tags);
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (attempt >= delays.length) {
        console.error(`[front-cache] purge of ${tags.join(' ')} at ${url} failed after ${attempt + 1} attempts (${reason}); those pages stay cached up to their s-maxage`);
        return false;
      }
      console.warn(`[front-cache] purge at ${url} failed (${reason}); retrying in ${delays[attempt]} ms`);
      await sleep(delays[attempt]);
    }
  }
}

/**
 * Purges these tags from every configured front cache. Resolves true when all confirmed (or none is
 * configured); never rejects, so a save is never undone by an unreachable cache.
 */
export async function purgeFrontCache(tags: string[], options: PurgeOptions = {}): Promise<boolean> {
  const urls = options.urls ?? frontCachePurgeUrls();
  const unique = [...new Set(tags)];
  if (!urls.length || !unique.length) return true;
  const delays = options.retryDelaysMs ?? PURGE_RETRY_DELAYS_MS;
  const results = await Promise.all(urls.map((url) => purgeWithRetries(url, unique, delays)));
  const repurgeAfter = options.repurgeAfterMs === undefined ? REPURGE_AFTER_MS : options.repurgeAfterMs;
  if (repurgeAfter !== null) {
    setTimeout(() => void Promise.all(urls.map((url) => purgeWithRetries(url, unique, delays))), repurgeAfter).unref();
  }
  return results.every(Boolean);
}
