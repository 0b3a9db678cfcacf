// Next 16 proxy (formerly middleware). Conveniences only — never the only guard of anything:
// 1. When the database does not answer, public pages get a polite 503 page instead of an error.
// 2. A path whose percent-encoding does not decode answers 400 here (Next would answer a bare 500).
// 3. A POST whose Origin names another site is refused with 403 before it reaches a server action or
//    handler (Next refuses cross-origin actions too, but with a 500 and an error log per request).
// 4. /schools URLs within the cache's bounds (plain free text included) are rewritten to the cached view
//    /schools/v/<canonical key> (see lib/cache/schools-key.ts); other keys under /schools/v/ are refused.
// 5. /schools/<slug> of a published school is rewritten to the cached page /schools/p/<slug> (see
//    lib/cache/school-slugs.ts); unknown slugs render their 404 per request; /schools/p/<other> is refused.
// 6. /admin pages get a Content-Security-Policy with a fresh nonce; Next reads it from the request headers and
//    puts it on its own scripts. (Sign-in checks happen in the admin layout, pages and actions: see lib/auth.)
// 7. GET / is rewritten to the cached home page /h/home; other /h/ paths are refused.
// 8. Public page reads get the shared-cache headers and tags of lib/http/cache-policy.ts (decision 060); the
//    route handlers set their own, with an ETag. Next replaces them with no-store on a 500, and requests the
//    proxy answers itself (errors, refusals) or cannot vouch for (unknown school slugs) keep no-store.
// 9. A POST body over 1 MB is refused with 413 except on the import page, the one server action that needs
//    next.config's 10 MB limit (lib/security/body-limit.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseHealthy } from '@/lib/health/probe';
import { unavailableHtml } from '@/lib/health/unavailable-page';
import { adminCsp } from '@/lib/security/csp';
import { isSameOriginRequest } from '@/lib/auth/origin';
import { hasMalformedPercentEncoding, MALFORMED_URL_MESSAGE, malformedUrlHtml } from '@/lib/security/malformed-url';
import { cachedSchoolsKey, schoolsParamsFromKey } from '@/lib/cache/schools-key';
import { isPublishedSchoolSlug, isPublishedSlug } from '@/lib/cache/school-slugs';
import { cachePolicyForPath, isCacheableMethod, publicCacheHeaders } from '@/lib/http/cache-policy';
import { postBodyRefusal } from '@/lib/security/body-limit';

function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/** Routes under /schools/ whose names a school slug could otherwise shadow. */
const SCHOOLS_ROUTES = new Set(['map', 'v', 'p', 'og', 'export.csv', 'export.xlsx', 'evidence.csv', 'feed.xml']);

/** The cached page for a school page request, 'refuse' for a cached-page request it did not make, or null. */
async function schoolPageRoute(pathname: string, method: string): Promise<string | 'refuse' | null> {
  const cached = pathname.match(/^\/schools\/p\/([^/]+)$/);
  if (cached) return (await isPublishedSchoolSlug(cached[1]).catch(() => false)) ? null : 'refuse';
  const page = pathname.match(/^\/schools\/([^/]+)$/);
  if (!page || method !== 'GET' || SCHOOLS_ROUTES.has(page[1])) return null;
  return (await isPublishedSchoolSlug(page[1]).catch(() => false)) ? `/schools/p/${page[1]}` : null;
}

/**
 * Adds the shared-cache headers to a public page read (route handlers set their own; a detail page only when
 * its slug names a published record, so a 404 is never stored). Client-router requests (RSC payloads) keep
 * Next's own Cache-Control (s-maxage for cached pages, no-store otherwise) but carry the tags too, so a front
 * cache that keeps them purges them with the page.
 */
async function publicPage(request: NextRequest, response: NextResponse): Promise<NextResponse> {
  if (!isCacheableMethod(request.method)) return response;
  const policy = cachePolicyForPath(request.nextUrl.pathname);
  if (!policy || policy.handler) return response;
  const headers = publicCacheHeaders(policy.tags);
  if (request.headers.has('rsc')) {
    response.headers.set('Surrogate-Key', headers['Surrogate-Key']);
    response.headers.set('Cache-Tag', headers['Cache-Tag']);
    return response;
  }
  if (policy.vouch && !(await isPublishedSlug(policy.vouch.kind, policy.vouch.slug).catch(() => false))) return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest) {
  if (hasMalformedPercentEncoding(request.nextUrl.pathname)) {
    const headers = { 'Cache-Control': 'no-store' };
    return request.nextUrl.pathname.startsWith('/api/')
      ? NextResponse.json({ error: MALFORMED_URL_MESSAGE, issues: [{ param: '(path)', value: '', reason: 'invalid percent-encoding' }] }, { status: 400, headers })
      : new NextResponse(malformedUrlHtml(), { status: 400, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  }
  const tooLarge = postBodyRefusal(request.method, request.nextUrl.pathname, request.headers);
  if (tooLarge) return new NextResponse(tooLarge.message, { status: tooLarge.status, headers: { 'Cache-Control': 'no-store', Connection: 'close' } });
  if (request.method === 'POST' && request.headers.get('origin') !== null && !isSameOriginRequest(request)) {
    return new NextResponse('Cross-site request refused.', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  if (!(await isDatabaseHealthy())) {
    const wantsJson = request.nextUrl.pathname.startsWith('/api/');
    const headers = { 'Retry-After': '30', 'Cache-Control': 'no-store' };
    return wantsJson
      ? NextResponse.json({ error: 'The database is unavailable. Please try again shortly.' }, { status: 503, headers })
      : new NextResponse(unavailableHtml(), { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  }
  const { pathname, search } = request.nextUrl;
  // The cached home page exists under one name only, reached through the rewrite of / below.
  if (pathname.startsWith('/h/') && pathname !== '/h/home') {
    return new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  if (pathname === '/' && request.method === 'GET') return publicPage(request, NextResponse.rewrite(new URL('/h/home', request.url)));
  // The cached view only exists for keys cachedSchoolsKey() makes (the rewrite below passes through here
  // too): any other key is refused before it could become a cache entry.
  if (pathname.startsWith('/schools/v/') && !schoolsParamsFromKey(pathname.slice('/schools/v/'.length))) {
    return new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  if (pathname === '/schools' && request.method === 'GET') {
    const key = cachedSchoolsKey(search);
    if (key) return publicPage(request, NextResponse.rewrite(new URL(`/schools/v/${key}`, request.url)));
  }
  const cachedSchoolPage = await schoolPageRoute(pathname, request.method);
  if (cachedSchoolPage === 'refuse') return new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  if (cachedSchoolPage) return publicPage(request, NextResponse.rewrite(new URL(cachedSchoolPage, request.url)));
  // A /schools/<slug> that was not rewritten names no published school: its 404 must not be stored.
  const schoolSlug = pathname.match(/^\/schools\/([^/]+)$/)?.[1];
  if (schoolSlug !== undefined && !SCHOOLS_ROUTES.has(schoolSlug)) return NextResponse.next();
  if (!isAdminPath(pathname)) return publicPage(request, NextResponse.next());

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = adminCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  // Everything except static assets and the health check (which probes on its own).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|healthz).*)'],
};
