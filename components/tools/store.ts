// Browser storage for the no-account tools: the shortlist (`img-shortlist`: [{slug, note, addedAt}]), the
// compare selection (`img-compare`: [slug]) and saved searches (`img-saved-searches`: [{name, path, query,
// savedAt}]). Client components subscribe through useSyncExternalStore; a
// change in one component (or another tab) reaches every other one.
import { COMPARE_MAX, SHORTLIST_MAX, SLUG_PATTERN } from '@/lib/shortlist/slugs';

export const SHORTLIST_KEY = 'img-shortlist';
export const COMPARE_KEY = 'img-compare';
export const SAVED_SEARCHES_KEY = 'img-saved-searches';
export const SAVED_SEARCHES_MAX = 50;
/** The views a search can be saved from; the query is that view's canonical query string. */
export const SAVED_SEARCH_PATHS = ['/schools', '/programs'] as const;
const CHANGE_EVENT = 'img-tools-change';

export type ShortlistEntry = { slug: string; note: string; addedAt: string };
export type SavedSearch = { name: string; path: (typeof SAVED_SEARCH_PATHS)[number]; query: string; savedAt: string };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (privacy mode): the tools degrade to read-only links
  }
}

/** Keeps only well-formed entries, so a hand-edited or old value never breaks a page. */
export function sanitizeShortlist(value: unknown): ShortlistEntry[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: ShortlistEntry[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { slug, note, addedAt } = item as Record<string, unknown>;
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || seen.has(slug)) continue;
    seen.add(slug);
    out.push({
      slug,
      note: typeof note === 'string' ? note.slice(0, 2000) : '',
      addedAt: typeof addedAt === 'string' ? addedAt : new Date(0).toISOString(),
    });
  }
  return out.slice(0, SHORTLIST_MAX);
}

export function sanitizeCompare(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && SLUG_PATTERN.test(v)))].slice(0, COMPARE_MAX);
}

/** A saved search's address: the view's path and its query string (never another site or page). */
export function savedSearchHref(search: Pick<SavedSearch, 'path' | 'query'>): string {
  return search.query ? `${search.path}?${search.query}` : search.path;
}

/** A query string as our links write it: no spaces, fragments or markup (the path in front is always ours). */
const QUERY_PATTERN = /^[^\s#<>"\\]*$/;

export function sanitizeSavedSearches(value: unknown): SavedSearch[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: SavedSearch[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { name, path, query, savedAt } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '' || typeof query !== 'string' || query.length > 1000 || !QUERY_PATTERN.test(query)) continue;
    if (!SAVED_SEARCH_PATHS.includes(path as SavedSearch['path'])) continue;
    const href = savedSearchHref({ path: path as SavedSearch['path'], query });
    if (seen.has(href)) continue;
    seen.add(href);
    out.push({ name: name.trim().slice(0, 100), path: path as SavedSearch['path'], query, savedAt: typeof savedAt === 'string' ? savedAt : new Date(0).toISOString() });
  }
  return out.slice(0, SAVED_SEARCHES_MAX);
}

// Snapshots are cached by raw string so useSyncExternalStore sees a stable value between changes.
const cache = new Map<string, { raw: string | null; value: unknown }>();
function read<T>(key: string, sanitize: (v: unknown) => T): T {
  const raw = storage()?.getItem(key) ?? null;
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.value as T;
  let parsed: unknown = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  const value = sanitize(parsed);
  cache.set(key, { raw, value });
  return value;
}

function write(key: string, value: unknown) {
  storage()?.setItem(key, JSON.stringify(value));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

const EMPTY_SHORTLIST: ShortlistEntry[] = [];
const EMPTY_COMPARE: string[] = [];
const EMPTY_SEARCHES: SavedSearch[] = [];
export const readSavedSearches = () => read(SAVED_SEARCHES_KEY, sanitizeSavedSearches);
export const serverSavedSearches = () => EMPTY_SEARCHES;
export const readShortlist = () => read(SHORTLIST_KEY, sanitizeShortlist);
export const readCompare = () => read(COMPARE_KEY, sanitizeCompare);
export const serverShortlist = () => EMPTY_SHORTLIST;
export const serverCompare = () => EMPTY_COMPARE;

export function toggleShortlist(slug: string) {
  const list = readShortlist();
  write(
    SHORTLIST_KEY,
    list.some((e) => e.slug === slug) ? list.filter((e) => e.slug !== slug) : [...list, { slug, note: '', addedAt: new Date().toISOString() }],
  );
}

export function addToShortlist(slugs: readonly string[]) {
  const list = readShortlist();
  const have = new Set(list.map((e) => e.slug));
  const now = new Date().toISOString();
  write(SHORTLIST_KEY, [...list, ...slugs.filter((s) => !have.has(s)).map((slug) => ({ slug, note: '', addedAt: now }))]);
}

export function setShortlistNote(slug: string, note: string) {
  const list = readShortlist();
  const entries = list.some((e) => e.slug === slug) ? list : [...list, { slug, note: '', addedAt: new Date().toISOString() }];
  write(SHORTLIST_KEY, entries.map((e) => (e.slug === slug ? { ...e, note: note.slice(0, 2000) } : e)));
}

/** Saves a view under a name, newest first; saving the same view again renames it. */
export function saveSearch(search: Omit<SavedSearch, 'savedAt'>) {
  const href = savedSearchHref(search);
  const rest = readSavedSearches().filter((s) => savedSearchHref(s) !== href);
  write(SAVED_SEARCHES_KEY, sanitizeSavedSearches([{ ...search, savedAt: new Date().toISOString() }, ...rest]));
}

export function removeSavedSearch(href: string) {
  write(SAVED_SEARCHES_KEY, readSavedSearches().filter((s) => savedSearchHref(s) !== href));
}

/** Adds or removes a school from the compare selection; refuses one beyond COMPARE_MAX (returns false). */
export function toggleCompare(slug: string): boolean {
  const list = readCompare();
  if (list.includes(slug)) {
    write(COMPARE_KEY, list.filter((s) => s !== slug));
    return true;
  }
  if (list.length >= COMPARE_MAX) return false;
  write(COMPARE_KEY, [...list, slug]);
  return true;
}

export function clearCompare() {
  write(COMPARE_KEY, []);
}
