// Validators for route handlers (JSON API, feeds): a strong ETag over the exact bytes sent, and a 304 when the
// client (a browser, Varnish, a CDN) already holds them. Pages get theirs from the server's response cache
// (./response-cache.mjs), which keeps Next's ETag of a cached page and hashes the others the same way.
// Only buffered bodies: the streaming exports are not read into memory for a hash.
import { NO_STORE, publicCacheHeaders, surrogateKeysForPath } from './cache-policy';
import { entityTag, ifNoneMatchHits, NOT_MODIFIED_DROPS } from './validators.mjs';

export { entityTag, ifNoneMatchHits };

/**
 * The response a public GET route handler sends: a 200 gets the path's cache headers and tags
 * (lib/http/cache-policy.ts), a strong ETag, and becomes a bodiless 304 when If-None-Match names that ETag.
 * Anything else (an error, a path outside the table) leaves as `no-store`.
 */
export async function withHttpCaching(request: Request, response: Response): Promise<Response> {
  const tags = surrogateKeysForPath(new URL(request.url).pathname);
  const headers = new Headers(response.headers);
  if (response.status !== 200 || tags === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
    headers.set('Cache-Control', NO_STORE);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  for (const [name, value] of Object.entries(publicCacheHeaders(tags))) headers.set(name, value);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const etag = entityTag(bytes);
  headers.set('ETag', etag);
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    for (const name of NOT_MODIFIED_DROPS) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(bytes, { status: 200, headers });
}

/** Cache headers for a streamed public response (no ETag: it is not buffered to be hashed). */
export function streamedPublicHeaders(pathname: string): Record<string, string> {
  const tags = surrogateKeysForPath(pathname);
  return tags === null ? { 'Cache-Control': NO_STORE } : publicCacheHeaders(tags);
}
