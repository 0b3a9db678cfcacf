// HTTP caching (issue 17): which paths shared caches may keep and under which tags, the ETag/304 of route
// handlers, and the front-cache purge (retries, logging, never throwing).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_STORE, PUBLIC_CACHE_CONTROL, publicCacheHeaders, surrogateKeysForPath } from '@/lib/http/cache-policy';
import { entityTag, ifNoneMatchHits, withHttpCaching } from '@/lib/http/conditional';
import { purgeFrontCache } from '@/lib/http/front-cache-purge';
import { ALL_PUBLIC_TAGS, SITE_TAG } from '@/lib/cache/tags';

describe('surrogateKeysForPath', () => {
  it('names what each public response shows, with the tags the admin expires', () => {
    expect(surrogateKeysForPath('/schools')).toEqual(['schools', 'lenders', SITE_TAG]);
    expect(surrogateKeysForPath('/schools/v/aid=need')).toEqual(['schools', SITE_TAG]);
    expect(surrogateKeysForPath('/schools/harvard-md')).toEqual(['schools', 'school:harvard-md', 'lenders', 'articles', SITE_TAG]);
    expect(surrogateKeysForPath('/schools/p/harvard-md')).toEqual(surrogateKeysForPath('/schools/harvard-md'));
    expect(surrogateKeysForPath('/schools/harvard-md/feed.xml')).toContain('school:harvard-md');
    expect(surrogateKeysForPath('/api/v1/schools/harvard-md')).toEqual(['schools', 'school:harvard-md', SITE_TAG]);
    expect(surrogateKeysForPath('/lenders')).toContain('lenders');
    expect(surrogateKeysForPath('/guides/some-guide')).toContain('articles');
    expect(surrogateKeysForPath('/events')).toEqual(['events', SITE_TAG]);
    expect(surrogateKeysForPath('/programs/export.csv')).toEqual(['programs', SITE_TAG]);
    expect(surrogateKeysForPath('/glossary')).toEqual([SITE_TAG]);
    expect(surrogateKeysForPath('/')).toEqual([...ALL_PUBLIC_TAGS, SITE_TAG]);
    expect(surrogateKeysForPath('/h/home')).toEqual(surrogateKeysForPath('/'));
  });

  it('keeps the dashboard, sign-in, health and unknown paths out of shared caches', () => {
    for (const p of ['/h/other', '/admin', '/admin/login', '/admin/schools/1', '/healthz', '/report', '/nope', '/schools/a/b', '/api/v1/users', '/schools/Harvard']) {
      expect(surrogateKeysForPath(p), p).toBeNull();
    }
  });

  it('covers every public page and route handler under app/(site) and app/api', () => {
    const root = path.resolve(import.meta.dirname, '../../app');
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/^(page\.tsx|route\.tsx?)$/.test(name)) routes.push(path.relative(root, dir));
      }
    };
    walk(path.join(root, '(site)'));
    walk(path.join(root, 'api'));
    const samples = routes
      // Forms whose pages carry a server action stay no-store: the correction report and the event suggestion.
      .filter((r) => !r.endsWith('report') && !r.endsWith('events/suggest'))
      .map((r) => `/${r.replace(/^\(site\)\/?/, '').replace(/\[[^\]]+\]/g, 'sample-slug')}`.replace(/\/$/, '').replace(/^\/h\/sample-slug$/, '/h/home') || '/');
    expect(samples.length).toBeGreaterThan(20);
    for (const sample of samples) expect(surrogateKeysForPath(sample === '' ? '/' : sample), sample).not.toBeNull();
  });

  it('sends the keys space-separated for Varnish/Fastly and comma-separated for Cloudflare', () => {
    expect(publicCacheHeaders(['schools', 'school:a', SITE_TAG])).toEqual({
      'Cache-Control': PUBLIC_CACHE_CONTROL,
      'Surrogate-Key': 'schools school:a site',
      'Cache-Tag': 'schools,school:a,site',
    });
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
  });
});

describe('withHttpCaching', () => {
  const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://site.test${url}`, { headers });

  it('gives a public 200 an ETag and its tags, and answers a matching If-None-Match with a bodiless 304', async () => {
    const first = await withHttpCaching(get('/api/v1/schools'), Response.json({ total: 1 }));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.get('surrogate-key')).toBe('schools site');
    const etag = first.headers.get('etag')!;
    expect(etag).toBe(entityTag(JSON.stringify({ total: 1 })));
    expect(await first.json()).toEqual({ total: 1 });

    const again = await withHttpCaching(get('/api/v1/schools', { 'If-None-Match': `"other", W/${etag}` }), Response.json({ total: 1 }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(again.headers.get('content-type')).toBeNull();

    const changed = await withHttpCaching(get('/api/v1/schools', { 'If-None-Match': etag }), Response.json({ total: 2 }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('keeps errors and unlisted paths out of every cache', async () => {
    const bad = await withHttpCaching(get('/api/v1/schools?degree=xx'), Response.json({ error: 'bad' }, { status: 400 }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe(NO_STORE);
    expect(bad.headers.get('etag')).toBeNull();
    expect(bad.headers.get('surrogate-key')).toBeNull();
    expect(await bad.json()).toEqual({ error: 'bad' });
    const missing = await withHttpCaching(get('/api/v1/schools/nope'), Response.json({ error: 'x' }, { status: 404 }));
    expect(missing.headers.get('cache-control')).toBe(NO_STORE);
    const unlisted = await withHttpCaching(get('/api/v1/secret'), Response.json({}));
    expect(unlisted.headers.get('cache-control')).toBe(NO_STORE);
  });

  it('compares entity tags weakly and honours *', () => {
    expect(ifNoneMatchHits('*', '"a"')).toBe(true);
    expect(ifNoneMatchHits('W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchHits('"b", "a"', '"a"')).toBe(true);
    expect(ifNoneMatchHits('"b"', '"a"')).toBe(false);
    expect(ifNoneMatchHits(null, '"a"')).toBe(false);
  });
});

describe('purgeFrontCache', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A fake front cache that fails the first `failures` requests; records method and keys. */
  async function fakeCache(failures: number) {
    const seen: { method: string; keys: string }[] = [];
    server = http.createServer((req, res) => {
      seen.push({ method: req.method!, keys: String(req.headers['xkey-purge']) });
      res.statusCode = seen.length <= failures ? 503 : 200;
      res.end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`, seen };
  }

  it('sends PURGE with the tags and retries a failure', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { url, seen } = await fakeCache(2);
    expect(await purgeFrontCache(['schools', 'school:a', 'schools'], { urls: [url], retryDelaysMs: [10, 10, 10], repurgeAfterMs: null })).toBe(true);
    expect(seen).toEqual([
      { method: 'PURGE', keys: 'schools school:a' },
      { method: 'PURGE', keys: 'schools school:a' },
      { method: 'PURGE', keys: 'schools school:a' },
    ]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('logs a purge that keeps failing and resolves false instead of throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { url, seen } = await fakeCache(99);
    expect(await purgeFrontCache(['lenders'], { urls: [url], retryDelaysMs: [5, 5], repurgeAfterMs: null })).toBe(false);
    expect(seen).toHaveLength(3);
    expect(String(error.mock.calls[0][0])).toContain('purge of lenders');
    // An unreachable cache is a failure like any other.
    expect(await purgeFrontCache(['lenders'], { urls: ['http://127.0.0.1:9/'], retryDelaysMs: [], repurgeAfterMs: null })).toBe(false);
    warn.mockRestore();
    error.mockRestore();
  });

  it('purges again a little later, for renders that began before the save', async () => {
    const { url, seen } = await fakeCache(0);
    expect(await purgeFrontCache(['events'], { urls: [url], retryDelaysMs: [], repurgeAfterMs: 30 })).toBe(true);
    expect(seen).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toHaveLength(2);
  });

  it('does nothing without a configured front cache', async () => {
    vi.stubEnv('FRONT_CACHE_PURGE_URL', '');
    expect(await purgeFrontCache(['schools'])).toBe(true);
    vi.unstubAllEnvs();
  });
});
