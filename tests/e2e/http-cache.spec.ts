// HTTP caching on the production build (issue 17, decision 060): which responses shared caches may keep and
// under which tags, 304s to conditional requests, no-store where nothing may be kept, searches typed with
// capitals sharing their canonical cached view while the search box keeps what was typed (the back/forward
// cache: bfcache.spec.ts). Read-only against the suite's server.
import { expect, test } from '@playwright/test';

const PUBLIC_CC = /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/;

test('public pages, feeds, exports and API answers may be kept by shared caches and name their tags', async ({ request }) => {
  const cases: [string, string][] = [
    ['/', 'schools lenders programs articles events site'],
    ['/schools', 'schools lenders site'],
    ['/schools?aid=need', 'schools lenders site'],
    ['/schools/harvard-md', 'schools school:harvard-md lenders articles site'],
    ['/lenders', 'lenders schools site'],
    ['/guides', 'articles schools site'],
    ['/events', 'events site'],
    ['/glossary', 'site'],
    ['/api/v1/schools?state=ma', 'schools site'],
    ['/api/v1/schools/harvard-md', 'schools school:harvard-md site'],
    ['/schools/feed.xml', 'schools lenders site'],
    ['/schools/export.csv?state=ma', 'schools lenders site'],
    ['/sitemap.xml', 'schools lenders programs articles events site'],
  ];
  for (const [path, keys] of cases) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['cache-control'], path).toMatch(PUBLIC_CC);
    expect(res.headers()['surrogate-key'], path).toBe(keys);
    expect(res.headers()['cache-tag'], path).toBe(keys.replace(/ /g, ','));
  }
});

test('client-router payloads of public pages carry the tags, so a front cache purges them with the page', async ({ request }) => {
  const res = await request.get('/schools/harvard-md', { headers: { RSC: '1' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/x-component');
  expect(res.headers()['surrogate-key']).toBe('schools school:harvard-md lenders articles site');
  expect(res.headers()['vary']).toContain('rsc');
});

test('the dashboard, sign-in, errors and unknown slugs are never stored', async ({ request }) => {
  expect((await request.get('/h/other')).status()).toBe(404);
  for (const path of ['/h/other', '/admin/login', '/admin', '/schools/no-such-school', '/lenders/no-such-lender', '/guides/no-such-guide', '/api/v1/schools?degree=xx', '/api/v1/schools/no-such-school', '/healthz', '/schools/export.csv?degree=xx']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()['cache-control'] ?? '', path).toMatch(/no-store/);
    expect(res.headers()['surrogate-key'], path).toBeUndefined();
  }
});

test('conditional requests with the ETag get a bodiless 304', async ({ request }) => {
  for (const path of ['/', '/schools/harvard-md', '/schools?state=ma', '/glossary', '/api/v1/schools?state=ma', '/schools/feed.xml']) {
    await request.get(path); // the first request may fill the app's cache
    const res = await request.get(path);
    const etag = res.headers()['etag'];
    expect(etag, path).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
    expect((await again.body()).length, path).toBe(0);
    expect(again.headers()['cache-control'], path).toMatch(PUBLIC_CC);
    const other = await request.get(path, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status(), path).toBe(200);
  }
});

test('a search typed with capitals or punctuation is served from the cached view of its canonical form', async ({ request, page }) => {
  await request.get('/schools?q=harvard');
  const plain = await request.get('/schools?q=harvard');
  expect(plain.headers()['x-nextjs-cache']).toBe('HIT');
  for (const typed of ['Harvard', 'HARVARD!', ' harvard ']) {
    const res = await request.get(`/schools?q=${encodeURIComponent(typed)}`);
    expect(res.headers()['x-nextjs-cache'], typed).toBe('HIT');
    expect(res.headers()['etag'], typed).toBe(plain.headers()['etag']);
  }
  // The page shows the results of the search, and its search box what the visitor typed.
  await page.goto('/schools?q=Harvard');
  await expect(page.getByRole('link', { name: /Harvard Medical School/ }).first()).toBeVisible();
  await expect(page.locator('#q')).toHaveValue('Harvard');
});
