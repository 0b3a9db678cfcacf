// What the internet's caches may do with each response (decision 060). One table says, for every public GET
// path, which cache tags it shows — the same tags the app expires on every admin save (lib/cache/tags.ts) — and
// the front cache (Varnish, a CDN) is purged by those tags (lib/http/front-cache-purge.ts). Everything the
// table does not name (the dashboard, sign-in, health, POSTs) stays `no-store`. Pure, so proxy.ts, route
// handlers and tests share it.
import { CACHE_TAGS, SITE_TAG } from '../cache/tags';

/**
 * Shared caches keep a page for an hour (the app's own safety net for writes that bypass the admin, decision
 * 020) and are purged by tag on every save; browsers keep it a minute and then revalidate with the ETag.
 * `stale-while-revalidate` is short on purpose: browsers honour it too, and an admin reloading a page after a
 * save should not get a stale copy more than a minute old. The front cache sets its own, longer grace.
 */
export const PUBLIC_MAX_AGE = 60;
export const SHARED_MAX_AGE = 3600;
export const STALE_WHILE_REVALIDATE = 60;
export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE}, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
export const NO_STORE = 'no-store';

const { schools, lenders, programs, articles, events } = CACHE_TAGS;
const EVERYTHING = [schools, lenders, programs, articles, events];
const SLUG = '[a-z0-9][a-z0-9-]{0,119}';

/** Detail pages whose slug may name nothing (a 404 nobody may store): the proxy checks the slug first. */
export type VouchKind = 'lender' | 'program' | 'article' | 'event';

type Route = {
  pattern: RegExp;
  tags: (m: RegExpMatchArray) => string[];
  /** A route handler: it sets its own headers (lib/http/conditional.ts) and its own no-store on errors. */
  handler?: true;
  /** A page whose first capture group is a slug of this kind. */
  vouch?: VouchKind;
};

/** Path pattern → the tags of what that response shows. First match wins. */
const ROUTES: Route[] = [
  { pattern: /^\/(?:h\/home)?$/, tags: () => EVERYTHING },
  { pattern: /^\/sitemap\.xml$/, tags: () => EVERYTHING },
  { pattern: /^\/glossary$/, tags: () => [] },
  { pattern: /^\/eligibility$/, tags: () => [schools] },
  { pattern: /^\/numbers$/, tags: () => [schools] },
  { pattern: /^\/schools(?:\/map)?$/, tags: () => [schools, lenders] },
  { pattern: /^\/schools\/(?:og|feed\.xml|export\.csv|export\.xlsx|evidence\.csv)$/, tags: () => [schools, lenders], handler: true },
  { pattern: /^\/schools\/v\/[^/]+$/, tags: () => [schools] },
  { pattern: new RegExp(`^/schools/(?:p/)?(${SLUG})$`), tags: (m) => [schools, CACHE_TAGS.school(m[1]), lenders, articles] },
  { pattern: new RegExp(`^/schools/(${SLUG})/(?:og|feed\\.xml)$`), tags: (m) => [schools, CACHE_TAGS.school(m[1])], handler: true },
  { pattern: /^\/(?:compare|shortlist)$/, tags: () => [schools, lenders] },
  { pattern: /^\/(?:compare|shortlist)\/og$/, tags: () => [schools], handler: true },
  { pattern: /^\/lenders$/, tags: () => [lenders, schools] },
  { pattern: new RegExp(`^/lenders/(${SLUG})$`), tags: () => [lenders, schools], vouch: 'lender' },
  { pattern: /^\/programs$/, tags: () => [programs] },
  { pattern: new RegExp(`^/programs/(${SLUG})$`), tags: () => [programs], vouch: 'program' },
  { pattern: /^\/programs\/export\.(?:csv|xlsx)$/, tags: () => [programs], handler: true },
  { pattern: /^\/guides$/, tags: () => [articles, schools] },
  { pattern: new RegExp(`^/guides/(${SLUG})$`), tags: () => [articles, schools], vouch: 'article' },
  { pattern: /^\/guides\/feed\.xml$/, tags: () => [articles], handler: true },
  { pattern: /^\/events$/, tags: () => [events] },
  { pattern: /^\/events\.ics$/, tags: () => [events], handler: true },
  { pattern: /^\/events\/feed\.xml$/, tags: () => [events], handler: true },
  { pattern: /^\/events\/organizers$/, tags: () => [events] },
  { pattern: new RegExp(`^/events/${SLUG}/ics$`), tags: () => [events], handler: true },
  // After the fixed paths above: /events/suggest is a form (no-store), matched by nothing here.
  { pattern: new RegExp(`^/events/(?!suggest$)(${SLUG})$`), tags: () => [events, programs, articles], vouch: 'event' },
  { pattern: /^\/api\/v1\/schools$/, tags: () => [schools], handler: true },
  { pattern: new RegExp(`^/api/v1/schools/(${SLUG})$`), tags: (m) => [schools, CACHE_TAGS.school(m[1])], handler: true },
  { pattern: /^\/api\/v1\/lenders$/, tags: () => [lenders], handler: true },
  { pattern: new RegExp(`^/api/v1/programs(?:/${SLUG})?$`), tags: () => [programs], handler: true },
  { pattern: /^\/api\/v1\/openapi\.json$/, tags: () => [], handler: true },
];

export type CachePolicy = { tags: string[]; handler: boolean; vouch?: { kind: VouchKind; slug: string } };

/**
 * How shared caches may treat a GET at this path: its tags (always with SITE_TAG, so one purge can clear the
 * whole site after a deploy), whether a route handler sets the headers itself, and a slug to check first;
 * null when the response must not be stored by anyone.
 */
export function cachePolicyForPath(pathname: string): CachePolicy | null {
  for (const route of ROUTES) {
    const match = pathname.match(route.pattern);
    if (!match) continue;
    const policy: CachePolicy = { tags: [...new Set([...route.tags(match), SITE_TAG])], handler: route.handler === true };
    if (route.vouch) policy.vouch = { kind: route.vouch, slug: match[1] };
    return policy;
  }
  return null;
}

export function surrogateKeysForPath(pathname: string): string[] | null {
  return cachePolicyForPath(pathname)?.tags ?? null;
}

/**
 * The headers that let shared caches keep a response and purge it by tag: `Surrogate-Key` (space-separated:
 * Varnish with xkey, Fastly) and `Cache-Tag` (comma-separated: Cloudflare). The front cache strips both.
 */
export function publicCacheHeaders(tags: string[]): Record<string, string> {
  return { 'Cache-Control': PUBLIC_CACHE_CONTROL, 'Surrogate-Key': tags.join(' '), 'Cache-Tag': tags.join(',') };
}

/** Requests whose answer may be shared: reads without a session cookie's say in the answer. */
export function isCacheableMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
