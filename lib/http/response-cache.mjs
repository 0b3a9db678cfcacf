// The server's in-process HTTP cache in front of Next's request handler (server.mjs, decision 063). It keeps
// whole responses that the app itself marks shareable — a 200 with `Cache-Control: public, s-maxage=…` and
// the Surrogate-Key tags of lib/http/cache-policy.ts — exactly as the front cache does (deploy/varnish), and
// forgets them the moment one of their tags is expired: on this instance by the cache handler, on the others
// by Redis pub/sub (lib/cache/tag-expiry.mjs). Every response it sends carries an ETag (Next's for a cached
// page, else a hash of the body) and it answers If-None-Match with 304.
// What never enters: anything but GET; /admin and /healthz; client-router (RSC) and action requests; a
// response with Set-Cookie, a Vary it does not know, an attachment, or more than ENTRY_MAX_BYTES (those are
// streamed to the client untouched). Plain JavaScript: server.mjs loads it without Next's bundler.
import { gunzipSync, gzipSync } from 'node:zlib';
import { onRemoteExpiryState, onTagExpiry, remoteExpiryState } from '../cache/tag-expiry.mjs';
import { entityTag, ifNoneMatchHits, NOT_MODIFIED_DROPS } from './validators.mjs';

/** A response whose render began this close before (or any time after) an expiry of its tags is not kept. */
export const RENDER_WINDOW_MS = 5_000;
export const ENTRY_MAX_BYTES = 2 * 1024 * 1024;

/** Request headers that ask for another answer than the page itself, or that this cache does not handle. */
const PASS_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'authorization', 'range'];
/** The Vary values Next sends: the stored variant answers the requests without those router headers. */
const KNOWN_VARY = new Set(['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'accept-encoding']);
/** Not stored: hop-by-hop, per-delivery, or recomputed for each representation. */
const UNSTORED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'etag', 'age', 'x-response-cache']);
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|javascript)|image\/svg)/;

/** May this request be answered from the cache, or fill it? */
export function isCandidateRequest(method, url, headers) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!url.startsWith('/') || url.startsWith('/_next/') || /^\/(?:admin|healthz)(?:[/?]|$)/.test(url)) return false;
  return !PASS_REQUEST_HEADERS.some((name) => headers[name] !== undefined);
}

/** The seconds a shared cache may keep a response with this Cache-Control, or 0 when it may not. */
export function sharedLifetime(cacheControl) {
  const directives = String(cacheControl ?? '').toLowerCase().split(',').map((d) => d.trim());
  if (!directives.includes('public') || directives.some((d) => d === 'no-store' || d === 'private' || d === 'no-cache')) return 0;
  const age = directives.find((d) => d.startsWith('s-maxage=')) ?? directives.find((d) => d.startsWith('max-age='));
  return age ? Math.max(0, Number(age.split('=')[1]) || 0) : 0;
}

/** Are these response headers (lower-case names, as res.getHeaders() gives them) those of a storable answer? */
export function isStorableResponse(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined || !headers['surrogate-key']) return false;
  if (sharedLifetime(headers['cache-control']) <= 0) return false;
  if (String(headers['content-disposition'] ?? '').toLowerCase().startsWith('attachment')) return false;
  const encoding = String(headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') return false;
  if (Number(headers['content-length'] ?? 0) > ENTRY_MAX_BYTES) return false;
  const vary = String(headers.vary ?? '').toLowerCase().split(',').map((v) => v.trim()).filter(Boolean);
  return vary.every((v) => KNOWN_VARY.has(v));
}

function acceptsGzip(header) {
  return /(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+\s*)?(?:,|$)/i.test(String(header ?? ''));
}

/** A cache of whole responses, bounded in bytes, searches (`q=`) in a quarter of the budget of their own. */
export class ResponseCache {
  constructor({ maxBytes = 32 * 1024 * 1024, maxTtlSeconds = 300, now = Date.now } = {}) {
    this.now = now;
    this.maxTtlMs = maxTtlSeconds * 1000;
    this.main = { entries: new Map(), bytes: 0, max: maxBytes - Math.floor(maxBytes / 4) };
    this.searches = { entries: new Map(), bytes: 0, max: Math.floor(maxBytes / 4) };
    /** tag → when this process last heard of its expiry. */
    this.expiredAt = new Map();
    this.unsubscribe = [
      onTagExpiry((tags) => this.expire(tags)),
      onRemoteExpiryState((state) => state !== 'live' && this.clear()),
    ];
  }

  /** Only while no expiry can be missed: with several instances, only while subscribed to theirs. */
  get enabled() {
    return remoteExpiryState() !== 'down';
  }

  partition(key) {
    return /[?&]q=/.test(key) ? this.searches : this.main;
  }

  get(key) {
    if (!this.enabled) return null;
    const part = this.partition(key);
    const entry = part.entries.get(key);
    if (!entry) return null;
    part.entries.delete(key); // refresh its LRU position
    if (this.now() >= entry.expiresAt) {
      part.bytes -= entry.size;
      return null;
    }
    part.entries.set(key, entry);
    return entry;
  }

  /** Keeps the entry unless one of its tags was expired after its render may have begun. */
  set(key, entry, renderStartedAt) {
    if (!this.enabled) return false;
    if (entry.tags.some((tag) => (this.expiredAt.get(tag) ?? -Infinity) >= renderStartedAt - RENDER_WINDOW_MS)) return false;
    const part = this.partition(key);
    if (entry.size > part.max) return false;
    this.delete(key);
    part.entries.set(key, entry);
    part.bytes += entry.size;
    for (const [k, e] of part.entries) {
      if (part.bytes <= part.max) break;
      part.entries.delete(k);
      part.bytes -= e.size;
    }
    return true;
  }

  delete(key) {
    const part = this.partition(key);
    const old = part.entries.get(key);
    if (!old) return;
    part.entries.delete(key);
    part.bytes -= old.size;
  }

  expire(tags) {
    const at = this.now();
    for (const tag of tags) this.expiredAt.set(tag, at);
    const gone = new Set(tags);
    for (const part of [this.main, this.searches]) {
      for (const [key, entry] of part.entries) {
        if (entry.tags.some((t) => gone.has(t))) {
          part.entries.delete(key);
          part.bytes -= entry.size;
        }
      }
    }
  }

  clear() {
    for (const part of [this.main, this.searches]) {
      part.entries.clear();
      part.bytes = 0;
    }
  }

  close() {
    for (const off of this.unsubscribe) off();
  }
}

/** The entry for a buffered 200: identity bytes, a gzip copy when worth it, the ETag, tags and lifetime. */
export function buildEntry(headers, body, { now, maxTtlMs }) {
  const gzipped = String(headers['content-encoding'] ?? '').toLowerCase() === 'gzip';
  const identity = gzipped ? gunzipSync(body) : body;
  const type = String(headers['content-type'] ?? '');
  const gzip = gzipped ? body : identity.length >= 1024 && COMPRESSIBLE.test(type) ? gzipSync(identity) : null;
  const stored = [];
  for (const [name, value] of Object.entries(headers)) if (!UNSTORED_HEADERS.has(name)) stored.push([name, value]);
  if (gzip && !/accept-encoding/i.test(String(headers.vary ?? ''))) {
    const vary = stored.find(([name]) => name === 'vary');
    if (vary) vary[1] = `${vary[1]}, Accept-Encoding`;
    else stored.push(['vary', 'Accept-Encoding']);
  }
  const storedAt = now();
  const lifetimeMs = Math.min(sharedLifetime(headers['cache-control']) * 1000, maxTtlMs);
  return {
    headers: stored,
    body: identity,
    gzip,
    etag: typeof headers.etag === 'string' ? headers.etag : entityTag(identity),
    tags: String(headers['surrogate-key']).split(' ').filter(Boolean),
    storedAt,
    expiresAt: storedAt + lifetimeMs,
    size: 512 + identity.length + (gzip && gzip !== body ? gzip.length : gzipped ? body.length : 0),
  };
}

/**
 * Sends an entry: gzip to clients that take it (its ETag then weak, as another representation's), a 304 when
 * If-None-Match names it, no body to HEAD. `send` holds the response's own writeHead/end (the cache wraps
 * them while Next writes).
 */
export function sendEntry(req, res, entry, { state, now, send = res }) {
  const gzip = entry.gzip !== null && acceptsGzip(req.headers['accept-encoding']);
  const etag = gzip && !entry.etag.startsWith('W/') ? `W/${entry.etag}` : entry.etag;
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  // A replay is an answer from the app's cache, whatever Next's layer said when it was stored.
  if (state === 'HIT' && res.hasHeader('x-nextjs-cache')) res.setHeader('x-nextjs-cache', 'HIT');
  res.setHeader('etag', etag);
  res.setHeader('age', String(Math.max(0, Math.floor((now() - entry.storedAt) / 1000))));
  res.setHeader('x-response-cache', state);
  if (ifNoneMatchHits(req.headers['if-none-match'], etag)) {
    for (const name of NOT_MODIFIED_DROPS) res.removeHeader(name);
    send.writeHead.call(res, 304);
    send.end.call(res);
    return;
  }
  const bytes = gzip ? entry.gzip : entry.body;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', String(bytes.length));
  send.writeHead.call(res, 200);
  send.end.call(res, req.method === 'HEAD' ? undefined : bytes);
}

function applyWriteHeadArgs(res, args) {
  const headers = typeof args[0] === 'string' ? args[1] : args[0];
  if (typeof args[0] === 'string') res.statusMessage = args[0];
  if (Array.isArray(headers)) {
    // A flat [name, value, name, value…] list, or a list of pairs.
    if (Array.isArray(headers[0])) for (const [name, value] of headers) res.setHeader(name, value);
    else for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * Lets Next write a response while the cache decides, at its head, whether to keep it: a storable one is
 * buffered and handed to `onBuffered(body)` at its end (the caller sends it); any other one, or one that
 * outgrows ENTRY_MAX_BYTES, goes to the client as Next writes it. Next's compression wraps these methods, so
 * they stay in place and switch on `mode`.
 */
function intercept(res, onBuffered) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let mode = 'undecided';
  let chunks = [];
  let size = 0;
  const decide = () => {
    if (mode !== 'undecided') return;
    mode = isStorableResponse(res.statusCode, res.getHeaders()) ? 'buffer' : 'pass';
    if (mode === 'pass') original.writeHead.call(res, res.statusCode);
  };
  const toPass = () => {
    mode = 'pass';
    original.writeHead.call(res, res.statusCode);
    for (const chunk of chunks) original.write.call(res, chunk);
    chunks = [];
  };
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
    chunks.push(buffer);
    size += buffer.length;
    if (size > ENTRY_MAX_BYTES) toPass();
  };
  res.writeHead = function writeHead(status, ...args) {
    if (mode !== 'undecided') return mode === 'pass' ? original.writeHead.call(res, status, ...args) : res;
    res.statusCode = status;
    applyWriteHeadArgs(res, args);
    decide();
    return res;
  };
  res.flushHeaders = function flushHeaders() {
    if (mode === 'pass') original.flushHeaders.call(res);
  };
  res.write = function write(chunk, encoding, callback) {
    decide();
    if (mode === 'pass') return original.write.call(res, chunk, encoding, callback);
    collect(chunk, encoding);
    if (mode === 'pass') return true;
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  res.end = function end(chunk, encoding, callback) {
    decide();
    if (mode === 'pass') return original.end.call(res, chunk, encoding, callback);
    collect(chunk, encoding);
    if (mode === 'pass') return original.end.call(res, undefined, typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback);
    mode = 'done';
    onBuffered(Buffer.concat(chunks), original);
    return res;
  };
}

/**
 * The request listener's job: answer from the cache, or let Next answer (`handle(req, res)`) and keep what
 * may be kept. Next always sees the full request on a miss without If-None-Match, so that it sends the 200
 * to keep; the cache answers the condition itself.
 */
export function createCachingHandler(handle, { cache = new ResponseCache(), now = Date.now } = {}) {
  return function cachingHandler(req, res) {
    if (!isCandidateRequest(req.method, req.url, req.headers)) return handle(req, res);
    const key = `${req.headers.host ?? ''}${req.url}`;
    const hit = cache.get(key);
    if (hit) return sendEntry(req, res, hit, { state: 'HIT', now });
    if (req.method !== 'GET' || !cache.enabled) return handle(req, res);
    const renderStartedAt = now();
    const condition = req.headers['if-none-match'];
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];
    intercept(res, (body, original) => {
      if (condition !== undefined) req.headers['if-none-match'] = condition;
      let entry;
      try {
        entry = buildEntry(res.getHeaders(), body, { now, maxTtlMs: cache.maxTtlMs });
      } catch (error) {
        console.error(`[response-cache] could not read the response to ${req.url}: ${error.message}`);
        original.writeHead.call(res, res.statusCode);
        original.end.call(res, body);
        return;
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const kept = cache.set(key, entry, renderStartedAt);
      sendEntry(req, res, entry, { state: kept ? 'MISS' : 'PASS', now, send: original });
    });
    return handle(req, res);
  };
}
