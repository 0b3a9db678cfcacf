// Entity tags and If-None-Match, shared by the route handlers (./conditional.ts) and the server's response
// cache (./response-cache.mjs). Plain JavaScript: the server loads it outside Next's bundle.
import { createHash } from 'node:crypto';

/** A strong entity tag for these bytes (sha-1, base64url; collisions are not a security concern here). */
export function entityTag(bytes) {
  return `"${createHash('sha1').update(bytes).digest('base64url')}"`;
}

/** RFC 9110 §13.1.2: If-None-Match matches with the weak comparison; `*` matches any current representation. */
export function ifNoneMatchHits(header, etag) {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/** Headers a 304 must not repeat: those describing the body it does not carry (RFC 9110 §15.4.5). */
export const NOT_MODIFIED_DROPS = ['content-type', 'content-length', 'content-encoding', 'content-disposition'];
