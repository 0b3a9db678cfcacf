// The server's in-process response cache (lib/http/response-cache.mjs, decision 063) in front of a stand-in
// for Next's handler, over real HTTP: what it keeps (only what the app marks public, with tags), what it never
// keeps (no-store, Set-Cookie, errors, unknown Vary, attachments, RSC payloads, /admin), ETags and 304s on
// every public page, gzip, and forgetting at once when a tag expires here or (by Redis) on another instance.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module loaded by server.mjs at run time
import { createCachingHandler, isCandidateRequest, isStorableResponse, ResponseCache, sharedLifetime } from '@/lib/http/response-cache.mjs';
// @ts-expect-error plain JavaScript module loaded by the cache handler and server.mjs at run time
import { announceTagExpiry, publishTagExpiry, remoteExpiryState, subscribeToTagExpiry } from '@/lib/cache/tag-expiry.mjs';
import { EventEmitter } from 'node:events';

const PUBLIC = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=60';
type Reply = { status?: number; headers?: Record<string, string | string[]>; body?: string | Buffer; chunks?: (string | Buffer)[] };
type Got = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

let server: http.Server;
let base = '';
let renders = 0;
let reply: (url: string, req: http.IncomingMessage) => Reply;
let cache: InstanceType<typeof ResponseCache>;
let clock = 1_000_000;

beforeEach(async () => {
  renders = 0;
  clock = 1_000_000;
  cache = new ResponseCache({ maxBytes: 4 * 1024 * 1024, maxTtlSeconds: 300, now: () => clock });
  // A stand-in for Next: writes its head, then its body in chunks, as the renderer streams a page.
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    renders++;
    const r = reply(req.url!, req);
    res.statusCode = r.status ?? 200;
    for (const [name, value] of Object.entries(r.headers ?? {})) res.setHeader(name, value);
    for (const chunk of r.chunks ?? []) res.write(chunk);
    res.end(r.body);
  };
  server = http.createServer(createCachingHandler(next, { cache, now: () => clock }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  cache.close();
  await new Promise((resolve) => server.close(resolve));
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers: { ...headers, connection: 'close' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

const page = (body: string, tags = 'lenders schools site', extra: Record<string, string> = {}): Reply => ({
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': PUBLIC, 'surrogate-key': tags, vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch', ...extra },
  chunks: [body.slice(0, 5)],
  body: body.slice(5),
});

describe('response cache: what it keeps', () => {
  it('keeps a public page, answers the next request from memory with the same bytes and an ETag, and 304s a match', async () => {
    reply = () => page('<html>lenders v1</html>');
    const first = await get('/lenders');
    expect(first.status).toBe(200);
    expect(first.headers['x-response-cache']).toBe('MISS');
    expect(first.body.toString()).toBe('<html>lenders v1</html>');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const second = await get('/lenders');
    expect(second.headers['x-response-cache']).toBe('HIT');
    expect(second.body.toString()).toBe('<html>lenders v1</html>');
    expect(second.headers.etag).toBe(etag);
    expect(second.headers['cache-control']).toBe(PUBLIC);
    expect(second.headers['surrogate-key']).toBe('lenders schools site');
    expect(renders).toBe(1);

    const conditional = await get('/lenders', { 'if-none-match': etag });
    expect(conditional.status).toBe(304);
    expect(conditional.body.length).toBe(0);
    expect(conditional.headers.etag).toBe(etag);
    expect(conditional.headers['cache-control']).toBe(PUBLIC);
    expect(conditional.headers['content-type']).toBeUndefined();
    expect((await get('/lenders', { 'if-none-match': '"other"' })).status).toBe(200);
    expect(renders).toBe(1);
  });

  it('answers a conditional first request with a 304 too (Next is asked for the full page, the cache compares)', async () => {
    reply = (_url, req) => (req.headers['if-none-match'] ? { status: 500, body: 'Next should not see the condition' } : page('<html>guides</html>', 'articles schools site'));
    const etag = (await get('/guides')).headers.etag as string;
    cache.clear();
    const again = await get('/guides', { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it("keeps Next's own ETag of a cached page, and serves HEAD from the stored page", async () => {
    reply = () => page('<html>school</html>', 'schools school:a site', { etag: '"next-etag"', 'x-nextjs-cache': 'MISS' });
    expect((await get('/schools/a')).headers.etag).toBe('"next-etag"');
    const hit = await get('/schools/a');
    expect(hit.headers['x-nextjs-cache']).toBe('HIT');
    const head = await get('/schools/a', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String('<html>school</html>'.length));
    expect(renders).toBe(1);
  });

  it('sends gzip to clients that accept it (weak ETag), identity to the others, from one stored page', async () => {
    const body = `<html>${'school '.repeat(400)}</html>`;
    reply = () => page(body);
    const plain = await get('/lenders');
    const zipped = await get('/lenders', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(body);
    expect(zipped.headers.etag).toBe(`W/${plain.headers.etag}`);
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect((await get('/lenders', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
    expect((await get('/lenders', { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.etag as string })).status).toBe(304);
    expect(renders).toBe(1);
  });

  it('stores a page Next sent gzipped and serves its identity bytes to a client without gzip', async () => {
    const body = `<html>${'guide '.repeat(400)}</html>`;
    reply = () => ({ ...page(''), chunks: [], body: gzipSync(body), headers: { ...page('').headers, 'content-encoding': 'gzip', vary: 'rsc, Accept-Encoding' } });
    await get('/guides', { 'accept-encoding': 'gzip' });
    const plain = await get('/guides');
    expect(plain.headers['x-response-cache']).toBe('HIT');
    expect(plain.body.toString()).toBe(body);
  });

  it('keeps searches apart, under the URL asked (a per-request search gets its ETag and 304 as well)', async () => {
    reply = (url) => page(`<html>${url}</html>`, 'schools lenders site');
    const search = await get('/schools?q=riverside+college+of+medicine+east');
    expect(search.headers.etag).toBeTruthy();
    expect((await get('/schools?q=riverside+college+of+medicine+east', { 'if-none-match': search.headers.etag as string })).status).toBe(304);
    expect((await get('/schools?q=other')).body.toString()).toBe('<html>/schools?q=other</html>');
    expect(renders).toBe(2);
  });
});

describe('response cache: what it never keeps', () => {
  const uncached: [string, Reply, Record<string, string>?][] = [
    ['no-store', { headers: { 'cache-control': 'no-store', 'surrogate-key': 'site' }, body: 'x' }],
    ['private', { headers: { 'cache-control': 'private, max-age=60', 'surrogate-key': 'site' }, body: 'x' }],
    ['no tags', { headers: { 'cache-control': PUBLIC }, body: 'x' }],
    ['a Set-Cookie', { headers: { 'cache-control': PUBLIC, 'surrogate-key': 'site', 'set-cookie': 'a=b' }, body: 'x' }],
    ['an error', { status: 404, headers: { 'cache-control': PUBLIC, 'surrogate-key': 'site' }, body: 'x' }],
    ['a Vary on a cookie', { headers: { 'cache-control': PUBLIC, 'surrogate-key': 'site', vary: 'Cookie' }, body: 'x' }],
    ['an attachment', { headers: { 'cache-control': PUBLIC, 'surrogate-key': 'site', 'content-disposition': 'attachment; filename="a.csv"' }, body: 'x' }],
    ['a client-router payload', page('rsc payload'), { rsc: '1' }],
    ['a server action', page('action'), { 'next-action': 'abc' }],
  ];
  for (const [what, response, headers] of uncached) {
    it(`renders every time a response with ${what}`, async () => {
      reply = () => response;
      const first = await get('/lenders', headers);
      await get('/lenders', headers);
      expect(renders, what).toBe(2);
      expect(first.body.toString()).toBe(response.chunks ? response.chunks.join('') + response.body : String(response.body));
      expect(first.headers['x-response-cache']).not.toBe('HIT');
    });
  }

  it('never looks at /admin, /healthz or Next assets, whatever they say', async () => {
    reply = () => page('admin');
    for (const path of ['/admin', '/admin/login', '/admin?x=1', '/healthz', '/_next/static/a.js']) {
      renders = 0;
      await get(path);
      await get(path);
      expect(renders, path).toBe(2);
    }
    expect(isCandidateRequest('POST', '/lenders', {})).toBe(false);
    expect(isCandidateRequest('GET', '/administrators', {})).toBe(true);
  });

  it('streams a response that outgrows the entry limit without keeping it', async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    reply = () => ({ ...page(''), chunks: [chunk, chunk], body: chunk });
    const big = await get('/schools/feed.xml');
    expect(big.body.length).toBe(3 * chunk.length);
    await get('/schools/feed.xml');
    expect(renders).toBe(2);
  });

  it('reads Cache-Control and response headers as a shared cache must', () => {
    expect(sharedLifetime(PUBLIC)).toBe(3600);
    expect(sharedLifetime('public, max-age=60')).toBe(60);
    expect(sharedLifetime('public, no-cache, s-maxage=60')).toBe(0);
    expect(sharedLifetime(undefined)).toBe(0);
    expect(isStorableResponse(200, { 'cache-control': PUBLIC, 'surrogate-key': 'site', 'content-encoding': 'br' })).toBe(false);
    expect(isStorableResponse(200, { 'cache-control': PUBLIC, 'surrogate-key': 'site', vary: 'RSC, Accept-Encoding' })).toBe(true);
  });
});

describe('response cache: forgetting', () => {
  it('forgets every page carrying an expired tag at once, and keeps the others', async () => {
    let version = 1;
    reply = (url) => (url === '/events' ? page(`events v${version}`, 'events site') : page(`lenders v${version}`, 'lenders schools site'));
    await get('/events');
    await get('/lenders');
    version = 2;
    announceTagExpiry(['lenders']); // what the cache handler does on revalidateTag
    clock += 10_000;
    expect((await get('/lenders')).body.toString()).toBe('lenders v2');
    expect((await get('/events')).body.toString()).toBe('events v1');
  });

  it('does not keep a page whose render began shortly before (or after) its tags expired', async () => {
    reply = () => page('old', 'schools site');
    announceTagExpiry(['schools']);
    clock += 1_000;
    expect((await get('/numbers')).headers['x-response-cache']).toBe('PASS');
    expect((await get('/numbers')).headers.etag).toBeTruthy();
    expect(renders).toBe(2);
    clock += 10_000;
    await get('/numbers');
    expect((await get('/numbers')).headers['x-response-cache']).toBe('HIT');
  });

  it('keeps a page no longer than its lifetime (RESPONSE_CACHE_TTL_SECONDS caps s-maxage)', async () => {
    reply = () => page('p');
    await get('/lenders');
    clock += 299_000;
    expect((await get('/lenders')).headers['x-response-cache']).toBe('HIT');
    expect((await get('/lenders')).headers.age).toBe('299');
    clock += 2_000;
    expect((await get('/lenders')).headers['x-response-cache']).toBe('MISS');
  });

  it('with several instances, serves nothing while not subscribed to their expiries, and empties itself when it loses them', async () => {
    const state = (globalThis as Record<symbol, { remote: string; emitter: import('node:events').EventEmitter }>)[Symbol.for('img-pathways.tag-expiry')];
    reply = () => page('p');
    await get('/lenders');
    try {
      state.remote = 'down';
      state.emitter.emit('remote', 'down');
      expect(remoteExpiryState()).toBe('down');
      expect((await get('/lenders')).headers['x-response-cache']).toBeUndefined();
      expect(renders).toBe(2);
    } finally {
      state.remote = 'none';
    }
    expect((await get('/lenders')).headers['x-response-cache']).toBe('MISS');
  });

  it("hears other instances' expiries by Redis pub/sub, ignores its own, and empties itself while it may miss some", async () => {
    const state = (globalThis as Record<symbol, { remote: string; subscribed?: boolean }>)[Symbol.for('img-pathways.tag-expiry')];
    // A stand-in for node-redis: the subscriber is a duplicate of the handler's client.
    const subscriber = Object.assign(new EventEmitter(), {
      onMessage: (_message: string) => {},
      connect: async () => undefined,
      subscribe: async (_channel: string, listener: (message: string) => void) => void (subscriber.onMessage = listener),
    });
    const published: string[] = [];
    const client = { duplicate: () => subscriber, publish: async (_channel: string, message: string) => void published.push(message) };
    let version = 1;
    reply = () => page(`lenders v${version}`);
    try {
      state.remote = 'down';
      subscribeToTagExpiry(client, 'imgp:test:tags-expired');
      await new Promise((r) => setTimeout(r, 10));
      expect(remoteExpiryState()).toBe('live');
      await get('/lenders');
      expect((await get('/lenders')).headers['x-response-cache']).toBe('HIT');
      await publishTagExpiry(client, 'imgp:test:tags-expired', ['lenders']);
      subscriber.onMessage(published[0]); // our own message: already announced here
      expect((await get('/lenders')).headers['x-response-cache']).toBe('HIT');
      version = 2;
      subscriber.onMessage(JSON.stringify({ origin: 'another-instance', tags: ['lenders'] }));
      clock += 10_000;
      expect((await get('/lenders')).body.toString()).toBe('lenders v2');
      subscriber.emit('reconnecting');
      expect(remoteExpiryState()).toBe('down');
      expect((await get('/lenders')).headers['x-response-cache']).toBeUndefined();
      subscriber.emit('ready');
      expect(remoteExpiryState()).toBe('live');
      expect((await get('/lenders')).headers['x-response-cache']).toBe('MISS');
    } finally {
      state.remote = 'none';
      state.subscribed = false;
    }
  });
});
