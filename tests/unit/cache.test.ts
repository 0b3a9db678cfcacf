// The page-cache key rules (only canonical, free-text-less, bounded /schools URLs are cached) and the cache
// handler's tag expiry (an entry never outlives a revalidateTag of any of its tags).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedSchoolsKey, MAX_CACHED_PAGE, schoolsParamsFromKey } from '@/lib/cache/schools-key';
// @ts-expect-error plain JavaScript module loaded by Next at run time
import CacheHandler from '@/lib/cache/handler.mjs';

describe('cachedSchoolsKey', () => {
  it('caches canonical URLs under a reversible key', () => {
    for (const query of ['', 'degree=md', 'state=ma,ny&aid=need', 'degree=do&intl=yes,limited&sort=tuition&page=2']) {
      const canonical = new URLSearchParams(query);
      const key = cachedSchoolsKey(query);
      if (key === null) continue; // non-canonical order: checked below
      expect(schoolsParamsFromKey(key)?.toString()).toBe(canonical.toString());
    }
    expect(cachedSchoolsKey('')).toBe('all');
    expect(cachedSchoolsKey('?degree=md&state=ma,ny')).toBe('degree=md~state=ma,ny');
    expect(cachedSchoolsKey('degree=md&state=ma%2Cny')).toBe('degree=md~state=ma,ny');
  });

  it('renders free text, invalid, non-canonical and out-of-bounds URLs per request', () => {
    for (const query of ['q=harvard', 'degree=xx', 'state=ny,ma', 'page=1', 'sort=name', 'foo=bar', 'degree=md&degree=do',
      `page=${MAX_CACHED_PAGE + 1}`, 'state=ca,ma,ny,tx,wa,or', 'degree=MD', 'tuition_max=abc']) {
      expect(cachedSchoolsKey(query), query).toBeNull();
    }
  });

  it('accepts only keys it made', () => {
    for (const key of ['zzz', 'degree=xx', 'q=harvard', 'state=ny,ma', '../all', 'all~', 'degree%3Dmd', '']) {
      expect(schoolsParamsFromKey(key), key).toBeNull();
    }
  });
});

describe('cache handler (in-process store)', () => {
  afterEach(() => vi.useRealTimers());
  const page = (tags: string) => ({ kind: 'APP_PAGE', html: 'x'.repeat(10), rscData: Buffer.from('rsc'), headers: { 'x-next-cache-tags': tags }, segmentData: new Map([['/a', Buffer.from('s')]]) });

  it('serves an entry until one of its tags is expired, then never again', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const handler = new CacheHandler({});
    await handler.set('/schools/v/all', page('schools,_N_T_/layout'), {});
    vi.setSystemTime(1_000_000 + 10_000);
    expect((await handler.get('/schools/v/all', {}))?.value.rscData.toString()).toBe('rsc');
    await handler.revalidateTag(['lenders']);
    expect(await handler.get('/schools/v/all', {})).not.toBeNull();
    await handler.revalidateTag('schools');
    expect(await handler.get('/schools/v/all', {})).toBeNull();
  });

  it('does not trust an entry written just after an expiry (its render may have read old data)', async () => {
    vi.useFakeTimers({ now: 2_000_000 });
    const handler = new CacheHandler({});
    await handler.revalidateTag('programs');
    vi.setSystemTime(2_000_000 + 1_000);
    await handler.set('data-key', { kind: 'FETCH', data: { body: '{}' } }, { tags: ['programs'] });
    expect(await handler.get('data-key', { tags: ['programs'] })).toBeNull();
    vi.setSystemTime(2_000_000 + 10_000);
    await handler.set('data-key', { kind: 'FETCH', data: { body: '{}' } }, { tags: ['programs'] });
    expect(await handler.get('data-key', { tags: ['programs'] })).not.toBeNull();
  });
});
