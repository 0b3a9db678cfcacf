// Browser storage for the no-account tools: the shortlist (`img-shortlist`: [{slug, note, addedAt}]) and the
// compare selection (`img-compare`: [slug]). Client components subscribe through useSyncExternalStore; a
// change in one component (or another tab) reaches every other one.
import { COMPARE_MAX, SHORTLIST_MAX, SLUG_PATTERN } from './slugs';

export const SHORTLIST_KEY = 'img-shortlist';
export const COMPARE_KEY = 'img-compare';
const CHANGE_EVENT = 'img-tools-change';

export type ShortlistEntry = { slug: string; note: string; addedAt: string };

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

/** Adds or removes a school from the compare selection; refuses a fifth (returns false). */
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
