import { describe, expect, it } from 'vitest';
import { sanitizeSavedSearches, savedSearchHref, SAVED_SEARCHES_MAX } from '@/components/tools/store';
import { savedSearchName } from '@/lib/shortlist/saved-search-name';

describe('saved searches', () => {
  it('keeps only well-formed searches of our own views, one per address', () => {
    const ok = { name: ' MD schools ', path: '/schools', query: 'degree=md&aid=need', savedAt: '2026-12-01T00:00:00.000Z' };
    expect(
      sanitizeSavedSearches([
        ok,
        { ...ok, name: 'duplicate address' },
        { ...ok, path: 'https://evil.example/', query: '' },
        { ...ok, path: '/admin', query: '' },
        { ...ok, query: 'q=a b' },
        { ...ok, query: 'x=1#frag' },
        { ...ok, query: '"><script>' },
        { ...ok, name: '   ' },
        { ...ok, name: 5 },
        { name: 'Canada bridging', path: '/programs', query: 'country=ca' },
        null,
        'x',
      ]),
    ).toEqual([
      { ...ok, name: 'MD schools' },
      { name: 'Canada bridging', path: '/programs', query: 'country=ca', savedAt: new Date(0).toISOString() },
    ]);
    expect(sanitizeSavedSearches({ name: 'x' })).toEqual([]);
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `s${i}`, path: '/schools', query: `page=${i + 1}` }));
    expect(sanitizeSavedSearches(many)).toHaveLength(SAVED_SEARCHES_MAX);
  });

  it('links to the view itself', () => {
    expect(savedSearchHref({ path: '/schools', query: 'q=new%20york' })).toBe('/schools?q=new%20york');
    expect(savedSearchHref({ path: '/schools', query: '' })).toBe('/schools');
  });

  it('starts from the view’s summary without its count', () => {
    expect(savedSearchName('9 MD schools that offer need-based aid to international students')).toBe('MD schools that offer need-based aid to international students');
    expect(savedSearchName('1 private MD school in NY')).toBe('Private MD school in NY');
    expect(savedSearchName('x'.repeat(300))).toHaveLength(100);
  });
});
