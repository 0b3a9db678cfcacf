// Which /schools URLs are served from the page cache, and under what key: every valid URL within bounds, under
// its canonical query (serializeSchoolFilter); URLs with ignored parameters render per request. Free text is
// filed under its canonical form — the search's own normalisation (lib/search/normalize.ts: lower case, accents
// and punctuation removed, "St." → "saint"), which is all the search reads, so "Harvard", "harvard" and
// " HARVARD!" share one entry — when that form is plain (lowercase words of letters and digits, at most
// MAX_CACHED_QUERY_WORDS words); longer searches render per request. The cached page echoes the canonical
// form; its search box then restores what the visitor typed from the URL (components/schools/TypedSearchInput).
// Search entries live in their own, smaller budget of the store (lib/cache/handler.mjs), so a flood of distinct
// searches can only evict other searches, never the filtered views.
// `tuition_max` takes any whole number, so only values on a grid (multiples of TUITION_CACHE_STEP up to
// TUITION_CACHE_MAX, what the form's step offers) are cached; any other value renders per request (decision 043).
import { parseSchoolFilter, serializeSchoolFilter } from '../schools/filters';
import { normalizeText } from '../search/normalize';
import { spellOutStateAbbreviations } from '../search/state-names';

/** Deeper pages and wider state selections are rare enough to render on demand. */
export const MAX_CACHED_PAGE = 20;
export const MAX_CACHED_STATES = 5;
export const MAX_CACHED_QUERY_LENGTH = 40;
export const MAX_CACHED_QUERY_WORDS = 4;
export const TUITION_CACHE_STEP = 1_000;
export const TUITION_CACHE_MAX = 200_000;
const PLAIN_QUERY = new RegExp(`^[a-z0-9]+(?: [a-z0-9]+){0,${MAX_CACHED_QUERY_WORDS - 1}}$`);
const KEY_PATTERN = /^[a-z0-9_=,~+-]{1,300}$/;
/** Cache keys of searches start with this (q is the first parameter of a canonical query). */
export const SEARCH_KEY_PREFIX = 'q=';

/** Whether a free-text query may be part of a cache key (null: no query). */
export function isCacheableQuery(q: string | null): boolean {
  return q === null || (q.length <= MAX_CACHED_QUERY_LENGTH && PLAIN_QUERY.test(q));
}

/** Whether a tuition_max value may be part of a cache key (null: not set). */
export function isCacheableTuition(tuitionMax: number | null): boolean {
  return tuitionMax === null || (tuitionMax % TUITION_CACHE_STEP === 0 && tuitionMax <= TUITION_CACHE_MAX);
}

/**
 * The cache key for a /schools query string (without "?"), or null when it must render per request. The key is
 * the filter's canonical query, so reordered parameters, explicit defaults and "+" or "%20" for a space share
 * one entry. A URL with an ignored (invalid or unknown) parameter renders per request: its page explains
 * what was ignored.
 */
/**
 * A search's canonical form, as the search reads it (lib/search/fuzzy.ts prepareQuery): dotted state
 * abbreviations spelled out first ("N.Y." → "new york"), then normalised.
 */
export function canonicalSearchText(typed: string): string {
  return normalizeText(spellOutStateAbbreviations(typed));
}

export function cachedSchoolsKey(search: string): string | null {
  const { filter: parsed, ignored } = parseSchoolFilter(new URLSearchParams(search.replace(/^\?/, '')));
  // A search with no letters or digits matches nothing, unlike no search: it has no canonical form.
  const q = parsed.q === null ? null : canonicalSearchText(parsed.q) || undefined;
  if (q === undefined) return null;
  const filter = { ...parsed, q };
  if (ignored.length || !isCacheableQuery(filter.q) || !isCacheableTuition(filter.tuitionMax) || filter.page > MAX_CACHED_PAGE || filter.state.length > MAX_CACHED_STATES) return null;
  const canonical = serializeSchoolFilter(filter);
  const key = canonical === '' ? 'all' : canonical.replace(/&/g, '~').replace(/%20/g, '+');
  return KEY_PATTERN.test(key) ? key : null;
}

/**
 * The query a cache key stands for, or null for anything but the canonical spelling cachedSchoolsKey makes
 * (otherwise one view could be cached under many names).
 */
export function schoolsParamsFromKey(key: string): URLSearchParams | null {
  if (!KEY_PATTERN.test(key)) return null;
  const raw = key === 'all' ? '' : key.replace(/~/g, '&');
  return cachedSchoolsKey(raw) === key ? new URLSearchParams(raw) : null;
}
