// Issue 15 item 6: the 10 MB body limit only on the import page; gray-matter's code engines refused; no fixed
// IP-hash key in production (the server refuses to start, naming IP_HASH_KEY), while `npm start` makes one.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postBodyRefusal } from '@/lib/security/body-limit';
import { parseArticleFile } from '@/lib/articles/article-file';
import { ensureIpHashKeyFile, IP_HASH_KEY_FILE, resolveIpHashKey } from '@/lib/security/ip-hash-key';

const MB = 1024 * 1024;
const post = (pathname: string, headers: Record<string, string>) => postBodyRefusal('POST', pathname, new Headers(headers));

describe('POST body limit', () => {
  it('allows 10 MB only on the import page', () => {
    expect(post('/admin/import', { 'content-length': String(9 * MB) })).toBeNull();
    expect(post('/admin/schools/new', { 'content-length': String(2 * MB) })).toEqual({ status: 413, message: expect.stringContaining('at most 1 MB') });
    expect(post('/schools/harvard-md', { 'content-length': String(MB + 1) })?.status).toBe(413);
    expect(post('/admin/schools/new', { 'content-length': String(MB) })).toBeNull();
    expect(post('/admin/login/submit', { 'transfer-encoding': 'chunked' })?.status).toBe(411);
    expect(post('/admin/login/submit', {})).toBeNull();
    expect(postBodyRefusal('GET', '/schools', new Headers({ 'content-length': String(2 * MB) }))).toBeNull();
  });
});

describe('guide front matter', () => {
  it('refuses JavaScript front matter instead of running it', () => {
    const g = globalThis as { __frontMatterRan?: boolean };
    for (const fence of ['---js', '---javascript', '---JavaScript', '---coffee']) {
      const text = `${fence}\n{ title: (globalThis.__frontMatterRan = true, 'A guide') }\n---\nBody text long enough.`;
      const result = parseArticleFile(text);
      expect(result, fence).toEqual({ ok: false, reason: expect.stringContaining('must be YAML') });
    }
    expect(g.__frontMatterRan).toBeUndefined();
  });
});

describe('IP hash key', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in production without a key it refuses, naming IP_HASH_KEY; never a fixed fallback', () => {
    expect(() => resolveIpHashKey({ NODE_ENV: 'production' }, dir)).toThrow(/IP_HASH_KEY is not set/);
    expect(resolveIpHashKey({ NODE_ENV: 'production', IP_HASH_KEY: 'from-env' }, dir)).toBe('from-env');
    expect(resolveIpHashKey({ NODE_ENV: 'test' }, dir)).toBe('img-pathways-development-ip-hash');
  });

  it('npm start creates a random key file once and production then uses it', () => {
    expect(ensureIpHashKeyFile({}, dir)).toBe('created');
    const file = path.join(dir, IP_HASH_KEY_FILE);
    const key = readFileSync(file, 'utf8').trim();
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(ensureIpHashKeyFile({}, dir)).toBe('exists');
    expect(resolveIpHashKey({ NODE_ENV: 'production' }, dir)).toBe(key);
    expect(ensureIpHashKeyFile({ IP_HASH_KEY: 'x' }, dir)).toBe('configured');
  });
});
