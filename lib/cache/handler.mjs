// Next's incremental cache handler (next.config.ts `cacheHandler`): ISR pages and unstable_cache data.
//   CACHE_HANDLER=memory (default)  an LRU in this process, bounded by CACHE_MAX_MB (default 64), plus a
//                                   separate LRU for free-text searches bounded by CACHE_SEARCH_MAX_MB (16).
//   CACHE_HANDLER=redis             shared by every instance: REDIS_URL (default redis://127.0.0.1:6379),
//                                   keys scoped by CACHE_KEY_PREFIX or the build id, CACHE_TTL_SECONDS (1 day);
//                                   searches expire after CACHE_SEARCH_TTL_SECONDS (10 minutes).
// Searches get their own budget because visitors choose their keys (lib/cache/schools-key.ts): a flood of
// distinct searches can only push out other searches, never the filtered views. So do the other views a
// visitor composes — several filters or values, or a tuition limit (decision 043): the main budget keeps the
// school pages, the other pages and the views of one plain choice, which no flood of combinations can evict.
// Tag expiry lives in the store: revalidateTag records the time per tag, and get() refuses an entry carrying
// a tag expired at or after the entry was written (minus RENDER_WINDOW_MS, so a render that started before a
// save and finished after it is not trusted either). A Redis outage reads as a miss: never a stale page.
// Every expiry is also announced to this process's response cache, and with Redis published to the other
// instances' (./tag-expiry.mjs, decision 064).
// Plain JavaScript: Next loads this file at run time, outside the bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { announceTagExpiry, expiryChannel, publishTagExpiry, subscribeToTagExpiry } from './tag-expiry.mjs';

const RENDER_WINDOW_MS = 5_000;
const TTL_SECONDS = Number(process.env.CACHE_TTL_SECONDS ?? 86_400);
const SEARCH_TTL_SECONDS = Number(process.env.CACHE_SEARCH_TTL_SECONDS ?? 600);
const VIEW_PREFIX = '/schools/v/';
/**
 * A cached /schools view in the second budget: a free-text search (SEARCH_KEY_PREFIX in
 * lib/cache/schools-key.ts), or a key combining parameters (~) or values (,), or naming a tuition limit.
 */
const isSearchKey = (key) => {
  if (typeof key !== 'string') return false;
  const at = key.indexOf(VIEW_PREFIX);
  if (at < 0) return false;
  const view = key.slice(at + VIEW_PREFIX.length);
  return view.startsWith('q=') || view.includes('~') || view.includes(',') || view.startsWith('tuition_max=');
};

function tagsOf(data, ctx) {
  const fromCtx = [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = data?.headers?.['x-next-cache-tags'];
  return [...new Set([...fromCtx, ...(typeof header === 'string' && header ? header.split(',') : [])])];
}

/** Rough size of a cached value, for the memory budget (HTML, RSC payload, fetch bodies dominate). */
function sizeOf(value) {
  if (!value) return 64;
  let bytes = 256;
  for (const part of [value.html, value.rscData, value.body, value.data?.body]) if (part) bytes += part.length ?? 0;
  if (value.segmentData instanceof Map) for (const v of value.segmentData.values()) bytes += v.length ?? 0;
  return bytes;
}

class MemoryStore {
  constructor(maxBytes) {
    this.entries = new Map();
    this.tags = new Map();
    this.bytes = 0;
    this.maxBytes = maxBytes;
  }
  async read(key, tags) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key); // refresh LRU position
    this.entries.set(key, entry);
    return { entry, tagTimes: [...tags, ...entry.tags].map((t) => this.tags.get(t) ?? 0) };
  }
  async write(key, entry) {
    const old = this.entries.get(key);
    if (old) this.bytes -= old.size;
    entry.size = sizeOf(entry.value);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.size;
    }
  }
  async expireTags(tags, at) {
    for (const tag of tags) this.tags.set(tag, at);
  }
}

/** Two in-process LRUs: searches in one, everything else in the other; tag expiry applies to both. */
class SplitStore {
  constructor(main, searches) {
    this.main = main;
    this.searches = searches;
  }
  read(key, tags) {
    return (isSearchKey(key) ? this.searches : this.main).read(key, tags);
  }
  write(key, entry) {
    return (isSearchKey(key) ? this.searches : this.main).write(key, entry);
  }
  async expireTags(tags, at) {
    await Promise.all([this.main.expireTags(tags, at), this.searches.expireTags(tags, at)]);
  }
}

function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { __buffer: raw.toString('base64') };
  if (raw instanceof Map) return { __map: [...raw.entries()] };
  return value;
}
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.__buffer === 'string') return Buffer.from(value.__buffer, 'base64');
    if (Array.isArray(value.__map)) return new Map(value.__map);
  }
  return value;
}

class RedisStore {
  constructor(url, prefix) {
    this.prefix = prefix;
    this.ready = import('redis').then(async ({ createClient }) => {
      const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: (n) => Math.min(n * 200, 2_000) } });
      client.on('error', (error) => console.error(`[cache] Redis: ${error.message}`));
      await client.connect();
      subscribeToTagExpiry(client, expiryChannel(prefix));
      return client;
    });
    this.ready.catch(() => undefined);
  }
  async read(key, tags) {
    const client = await this.ready;
    const json = await client.get(`${this.prefix}:e:${key}`);
    if (!json) return null;
    const entry = JSON.parse(json, reviver);
    const all = [...new Set([...tags, ...entry.tags])];
    const times = all.length ? await client.hmGet(`${this.prefix}:tags`, all) : [];
    return { entry, tagTimes: times.map((t) => Number(t ?? 0)) };
  }
  async write(key, entry) {
    const client = await this.ready;
    await client.set(`${this.prefix}:e:${key}`, JSON.stringify(entry, replacer), { EX: isSearchKey(key) ? SEARCH_TTL_SECONDS : TTL_SECONDS });
  }
  async expireTags(tags, at) {
    const client = await this.ready;
    await client.hSet(`${this.prefix}:tags`, Object.fromEntries(tags.map((t) => [t, String(at)])));
    // After the hash: an instance that hears of the expiry and renders afresh must find it recorded.
    await publishTagExpiry(client, expiryChannel(this.prefix), tags);
  }
}

/** Entries of another build must not be served: keys are scoped by CACHE_KEY_PREFIX, else the build id. */
function buildScope(options) {
  if (process.env.CACHE_KEY_PREFIX) return process.env.CACHE_KEY_PREFIX;
  try {
    return readFileSync(path.join(options?.serverDistDir ?? '.next/server', '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

let shared = null;
function storeFor(options) {
  if (shared) return shared;
  const kind = process.env.CACHE_HANDLER ?? 'memory';
  if (kind === 'redis') {
    shared = new RedisStore(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `imgp:${buildScope(options)}`);
  } else if (kind === 'memory') {
    shared = new SplitStore(
      new MemoryStore(Number(process.env.CACHE_MAX_MB ?? 64) * 1024 * 1024),
      new MemoryStore(Number(process.env.CACHE_SEARCH_MAX_MB ?? 16) * 1024 * 1024),
    );
  } else {
    throw new Error(`CACHE_HANDLER must be "memory" or "redis", not "${kind}"`);
  }
  return shared;
}

/**
 * Opens the store before the first request (server.mjs): with Redis, the subscription to the other instances'
 * expiries is then live before the response cache may keep anything.
 */
export function openStore(options) {
  storeFor(options);
}

export default class CacheHandler {
  constructor(options) {
    this.store = storeFor(options);
  }

  async get(key, ctx) {
    try {
      const found = await this.store.read(key, tagsOf(null, ctx));
      if (!found) return null;
      const { entry, tagTimes } = found;
      if (tagTimes.some((at) => at >= entry.lastModified - RENDER_WINDOW_MS)) return null;
      return { lastModified: entry.lastModified, value: entry.value };
    } catch (error) {
      console.error(`[cache] read failed, rendering instead: ${error.message}`);
      return null;
    }
  }

  async set(key, data, ctx) {
    try {
      await this.store.write(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) });
    } catch (error) {
      console.error(`[cache] write failed: ${error.message}`);
    }
  }

  async revalidateTag(tags) {
    const list = [tags].flat().filter(Boolean);
    if (list.length === 0) return;
    try {
      await this.store.expireTags(list, Date.now());
    } catch (error) {
      // Loud: other instances may keep serving these tags until their entries' TTL (docs/deploy.md).
      console.error(`[cache] could not expire tags ${list.join(', ')}: ${error.message}`);
    } finally {
      announceTagExpiry(list);
    }
  }

  resetRequestCache() {}
}
