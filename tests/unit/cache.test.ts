// The page-cache key rules (only canonical, bounded /schools URLs are cached; free text only in its plainest
// form) and the cache handler's tag expiry (an entry never outlives a revalidateTag of any of its tags) and its
// separate budget for searches.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { cachedSchoolsKey, canonicalSearchText, MAX_CACHED_PAGE, schoolsParamsFromKey } from '@/lib/cache/schools-key';
import { prepareQuery } from '@/lib/search/fuzzy';
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

  it('files capitals, accents and punctuation under the canonical form the search reads', () => {
    expect(cachedSchoolsKey('q=Harvard')).toBe('q=harvard');
    expect(cachedSchoolsKey('q=HARVARD!&aid=need')).toBe('q=harvard~aid=need');
    expect(cachedSchoolsKey('q=harv%C3%A1rd')).toBe('q=harvard');
    expect(cachedSchoolsKey('q=o%27neill')).toBe('q=o+neill');
    expect(cachedSchoolsKey('q=a%2Bb')).toBe('q=a+b');
    expect(cachedSchoolsKey('q=St.+Louis')).toBe('q=saint+louis');
    expect(cachedSchoolsKey('q=Johns+Hopkins')).toBe(cachedSchoolsKey('q=johns+hopkins'));
  });

  it('renders long searches and searches without letters or digits per request', () => {
    for (const query of ['q=a+b+c+d+e', `q=${'x'.repeat(41)}`, 'q=!!!', 'q=%C2%BF%3F']) {
      expect(cachedSchoolsKey(query), query).toBeNull();
    }
  });

  it('canonical search text searches for exactly what was typed (the search reads only its normalised form)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (typed) => {
        const once = canonicalSearchText(typed);
        expect(canonicalSearchText(once)).toBe(once);
        expect(prepareQuery(once)).toEqual(prepareQuery(typed));
      }),
      { numRuns: 500 },
    );
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

describe('cache flooding (issue 15 item 4)', () => {
  // A tag of its own: the store is shared by the file, and an earlier test expired 'schools' moments ago.
  const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: { 'x-next-cache-tags': 'flood-test' }, segmentData: new Map() });

  it('tuition_max values up to a million make at most 201 cache keys; off-grid values render per request', () => {
    const keys = new Set<string>();
    // Every grid value plus a spread of off-grid ones (parsing is the slow part, so not all million).
    const values = [...Array.from({ length: 201 }, (_, i) => i * 1000), 201_000, 500_000, 1_000_000, ...Array.from({ length: 200 }, (_, i) => i * 4999 + 1)];
    for (const t of values) {
      const key = cachedSchoolsKey(`tuition_max=${t}`);
      if (key) keys.add(key);
    }
    expect(keys.size).toBeLessThanOrEqual(201);
    expect(cachedSchoolsKey('tuition_max=45000')).toBe('tuition_max=45000');
    expect(cachedSchoolsKey('tuition_max=45001')).toBeNull();
    expect(cachedSchoolsKey('tuition_max=900000')).toBeNull();
  }, 30_000);

  it('a flood of distinct composed views leaves the plain views and school pages cached', async () => {
    const handler = new CacheHandler({});
    await handler.set('/schools/v/degree=md', page('md view'), {});
    await handler.set('/schools/p/harvard-md', page('school page'), {});
    const big = page('z'.repeat(512 * 1024));
    const states = ['ny', 'ma', 'ca', 'tx', 'pa', 'il', 'oh', 'mi', 'ga', 'nc'];
    // 300 distinct views × 0.5 MB = 150 MB, far past the 64 MB main budget.
    const keys: string[] = [];
    for (let t = 0; t < 150; t++) keys.push(`tuition_max=${t * 1000}`);
    for (const a of states) for (const b of states) if (a < b) keys.push(`state=${a},${b}`);
    for (let p = 2; p < 20; p++) for (const d of ['md', 'do']) keys.push(`degree=${d}~ownership=private~page=${p}`);
    for (let t = 0; t < 100; t++) keys.push(`aid=need~tuition_max=${t * 1000}`);
    expect(keys.length).toBeGreaterThanOrEqual(300);
    for (const key of keys) await handler.set(`/schools/v/${key}`, big, {});
    expect((await handler.get('/schools/v/degree=md', {}))?.value.html).toBe('md view');
    expect((await handler.get('/schools/p/harvard-md', {}))?.value.html).toBe('school page');
  });
});
