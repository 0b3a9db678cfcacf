// Which /schools URLs are served from the page cache, and under what key. Only canonical URLs (exactly what
// serializeSchoolFilter writes: no invalid, reordered or default values) without free text (`q`) and within
// bounds are cached, so visitors cannot grow the cache with arbitrary strings; everything else renders per
// request. The cache store itself is bounded too (LRU in process, TTL + LRU in Redis: lib/cache/handler.mjs).
import { parseSchoolFilter, serializeSchoolFilter } from '../schools/filters';

/** Deeper pages and wider state selections are rare enough to render on demand. */
export const MAX_CACHED_PAGE = 20;
export const MAX_CACHED_STATES = 5;
const KEY_PATTERN = /^[a-z0-9_=,~-]{1,300}$/;

/** The cache key for a /schools query string (without "?"), or null when it must render per request. */
export function cachedSchoolsKey(search: string): string | null {
  const raw = search.replace(/^\?/, '').replace(/%2C/gi, ',');
  const { filter, ignored } = parseSchoolFilter(new URLSearchParams(raw));
  if (ignored.length || filter.q || filter.page > MAX_CACHED_PAGE || filter.state.length > MAX_CACHED_STATES) return null;
  if (serializeSchoolFilter(filter) !== raw) return null;
  const key = raw === '' ? 'all' : raw.replace(/&/g, '~');
  return KEY_PATTERN.test(key) ? key : null;
}

/** The query a cache key stands for, or null for anything cachedSchoolsKey would not have produced. */
export function schoolsParamsFromKey(key: string): URLSearchParams | null {
  if (!KEY_PATTERN.test(key)) return null;
  const raw = key === 'all' ? '' : key.replace(/~/g, '&');
  return cachedSchoolsKey(raw) === key ? new URLSearchParams(raw) : null;
}
