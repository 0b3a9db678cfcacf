// lib/env.ts and the start-up check: defaults outside production, malformed values named, and production
// refusing to start without its keys unless `next build` is running.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env, EnvError, parseEnv } from '@/lib/env';
import { checkStartupEnv } from '@/lib/startup-env';
import { siteUrl } from '@/lib/site';

const emptyDir = () => mkdtempSync(path.join(tmpdir(), 'env-test-'));

describe('parseEnv', () => {
  it('gives working defaults for an empty environment (development)', () => {
    expect(parseEnv({})).toMatchObject({ isProduction: false, isBuild: false, DATABASE_POOL_SIZE: 10, PORT: 3000, TRUSTED_PROXY_HOPS: 0 });
    expect(parseEnv({}).SITE_URL).toBeUndefined();
  });

  it('treats blank as unset and trims values', () => {
    const parsed = parseEnv({ SITE_URL: '   ', PORT: '', IP_HASH_KEY: '  k  ' });
    expect([parsed.SITE_URL, parsed.PORT, parsed.IP_HASH_KEY]).toEqual([undefined, 3000, 'k']);
  });

  it('names the variable of a malformed value', () => {
    expect(() => parseEnv({ DATABASE_POOL_SIZE: 'lots' })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: 'lots' })).toThrow(/DATABASE_POOL_SIZE must be a whole number from 1 to 1000 \(got "lots"\)/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT must be a whole number/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '1.5' })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an http\(s\) origin/);
  });

  it('recognises production and the build phase', () => {
    expect(parseEnv({ NODE_ENV: 'production' })).toMatchObject({ isProduction: true, isBuild: false });
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatchObject({ isProduction: true, isBuild: true });
  });
});

describe('env() and siteUrl()', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('follows changes to process.env', () => {
    vi.stubEnv('SITE_URL', 'https://one.example/');
    expect(siteUrl()).toBe('https://one.example');
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '4123');
    expect(siteUrl()).toBe('http://localhost:4123');
    expect(env().PORT).toBe(4123);
  });
});

describe('checkStartupEnv', () => {
  it('refuses production without an IP-hash key, naming IP_HASH_KEY', () => {
    expect(() => checkStartupEnv({ NODE_ENV: 'production' }, emptyDir())).toThrow(/IP_HASH_KEY is not set/);
  });
  it('starts production with IP_HASH_KEY, the server-actions key, or the key file npm start writes', () => {
    expect(() => checkStartupEnv({ NODE_ENV: 'production', IP_HASH_KEY: 'secret' }, emptyDir())).not.toThrow();
    expect(() => checkStartupEnv({ NODE_ENV: 'production', NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'shared' }, emptyDir())).not.toThrow();
    const dir = emptyDir();
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data', 'ip-hash.key'), 'from-file\n');
    expect(() => checkStartupEnv({ NODE_ENV: 'production' }, dir)).not.toThrow();
  });
  it('does not ask for runtime keys while next build runs, but still refuses malformed values', () => {
    expect(() => checkStartupEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, emptyDir())).not.toThrow();
    expect(() => checkStartupEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build', PORT: 'x' }, emptyDir())).toThrow(/PORT/);
  });
  it('needs nothing in development', () => {
    expect(() => checkStartupEnv({}, emptyDir())).not.toThrow();
  });
});
