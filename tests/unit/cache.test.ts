// The page-cache key rules (only canonical, bounded /schools URLs are cached; free text only in its plainest
// form) and the cache handler's tag expiry (an entry never outlives a revalidateTag of any of its tags) and its
// separate budget for searches.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedSchoolsKey, MAX_CACHED_PAGE, schoolsParamsFromKey } from '@/lib/cache/schools-key';
// @ts-expect-error plain JavaScript module loaded by Next at run time
import CacheHandler from '@/lib/cache/handler.mjs';

describe('cachedSchoolsKey', () => {
  it('caches canonical URLs under a reversible key', () => {
    for (const query of ['', 'degree=md', 'state=ma,ny&aid=need', 'degree=do&intl=yes&sort=tuition&page=2', 'intl=no&source=school']) {
      const canonical = new URLSearchParams(query);
      const key = cachedSchoolsKey(query);
      if (key === null) continue; // non-canonical order: checked below
      expect(schoolsParamsFromKey(key)?.toString()).toBe(canonical.toString());
    }
    expect(cachedSchoolsKey('')).toBe('all');
    expect(cachedSchoolsKey('?degree=md&state=ma,ny')).toBe('degree=md~state=ma,ny');
    expect(cachedSchoolsKey('degree=md&state=ma%2Cny')).toBe('degree=md~state=ma,ny');
  });

  it('caches plain free text under one key however the space was encoded', () => {
    expect(cachedSchoolsKey('q=harvard')).toBe('q=harvard');
    expect(cachedSchoolsKey('q=new+york&aid=need')).toBe('q=new+york~aid=need');
    expect(cachedSchoolsKey('q=new%20york&aid=need')).toBe('q=new+york~aid=need');
    expect(schoolsParamsFromKey('q=new+york~aid=need')?.get('q')).toBe('new york');
    expect(schoolsParamsFromKey('q=lakeview~state=ny~aid=need')?.toString()).toBe('q=lakeview&state=ny&aid=need');
  });

  it('files equivalent URLs under their canonical key', () => {
    expect(cachedSchoolsKey('q=lakeview&aid=need&state=ny')).toBe('q=lakeview~state=ny~aid=need');
    expect(cachedSchoolsKey('state=ny,ma&page=1&sort=name')).toBe('state=ma,ny');
    expect(cachedSchoolsKey('q=new++york')).toBe('q=new+york');
    expect(cachedSchoolsKey('q=%20harvard%20')).toBe('q=harvard');
    expect(cachedSchoolsKey('utm_source=mail&degree=MD')).toBe('degree=md');
    expect(cachedSchoolsKey('q=harvard&q=yale')).toBe('q=harvard'); // the first search wins, as on the page // unknown parameters do not change the view
  });

  it('renders free text that is not in its plainest form per request', () => {
    for (const query of ['q=Harvard', 'q=o%27neill', 'q=harv%C3%A1rd', 'q=a+b+c+d+e',
      `q=${'x'.repeat(41)}`, 'q=a%2Bb']) {
      expect(cachedSchoolsKey(query), query).toBeNull();
    }
  });

  it('renders invalid, non-canonical and out-of-bounds URLs per request', () => {
    for (const query of ['degree=xx',
      `page=${MAX_CACHED_PAGE + 1}`, 'state=ca,ma,ny,tx,wa,or', 'tuition_max=abc', 'page=0']) {
      expect(cachedSchoolsKey(query), query).toBeNull();
    }
  });

  it('accepts only keys it made', () => {
    for (const key of ['zzz', 'degree=xx', 'q=Harvard', 'q=new%20york', 'q=new++york', 'state=ny,ma', 'aid=need~state=ny', 'page=1', 'sort=name', '../all', 'all~', 'degree%3Dmd', '']) {
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

  it('keeps searches in their own budget: a flood of searches never evicts a filtered view', async () => {
    const handler = new CacheHandler({});
    await handler.set('/schools/v/degree=md', page('schools'), {});
    const big = { ...page('schools'), html: 'y'.repeat(1024 * 1024) };
    for (let i = 0; i < 40; i++) await handler.set(`/schools/v/q=word${i}`, big, {});
    expect(await handler.get('/schools/v/degree=md', {})).not.toBeNull();
    expect(await handler.get('/schools/v/q=word39', {})).not.toBeNull();
    expect(await handler.get('/schools/v/q=word0', {})).toBeNull(); // evicted by later searches (16 MB budget)
    await handler.revalidateTag('schools');
    expect(await handler.get('/schools/v/q=word39', {})).toBeNull();
  });
});
