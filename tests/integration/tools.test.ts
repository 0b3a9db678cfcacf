// The tools against real SQLite and real PostgreSQL: map state counts equal the directory totals for the
// same filters, feeds read the audit log (escaped) or fall back to updatedAt, /numbers keeps gaps as null.
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { US_STATES } from '@/lib/validation/enums';

const FILTERS = ['', 'intl=yes,limited&aid=need', 'degree=md&ownership=private', 'state=ny&funds=proof', 'q=university&tuition_max=80000', 'aid=merit,loan&cosigner=yes'];

describe.each(PROVIDERS)('tools on %s', (provider) => {
  const { database, queries } = useTestDatabase(provider, { queries: () => import('@/lib/schools/queries') });

  it('map state counts equal searchSchools totals with that state added', async () => {
    const { parseSchoolFilter } = await import('@/lib/schools/filters');
    for (const query of FILTERS) {
      const { filter } = parseSchoolFilter(new URLSearchParams(query));
      const counts = (await queries.countSchoolFacets(filter)).state;
      let sum = 0;
      for (const state of US_STATES.map((s) => s.toLowerCase())) {
        const { total } = await queries.searchSchools({ ...filter, state: [state] }, { perPage: 0 });
        expect({ query, state, count: counts[state] ?? 0 }).toEqual({ query, state, count: total });
        sum += total;
      }
      expect(sum).toBe((await queries.searchSchools({ ...filter, state: [] }, { perPage: 0 })).total);
    }
  });

  it('feeds list audited changes (escaped) and fall back to updatedAt for unaudited schools', async () => {
    const changes = await import('@/lib/feeds/school-changes');
    const { buildAtomFeed } = await import('@/lib/feeds/atom');
    const schools = await database.db.school.findMany({ where: { slug: { in: ['harvard-md', 'yale-md'] } }, orderBy: { slug: 'asc' } });
    const [harvard, yale] = schools;
    // Log rows newer than the seed, so the expected order (newest first) does not depend on today's date.
    const later = (hours: number) => new Date(Math.max(harvard.updatedAt.getTime(), yale.updatedAt.getTime()) + hours * 3_600_000);
    await database.db.auditLog.createMany({
      data: [
        {
          action: 'school.update', entityType: 'school', entityId: harvard.id, entitySlug: harvard.slug,
          before: JSON.stringify({ tuitionYear: 'Old <note> & "quote"', notesShort: 'per AUA list, not read', version: 3 }),
          after: JSON.stringify({ tuitionYear: 'New <b>note</b> & more', notesShort: 'details not read', version: 4 }),
          createdAt: later(1),
        },
        { action: 'school.verify', entityType: 'school', entityId: harvard.id, createdAt: later(2) },
        // Not a published change, and another entity type: neither may appear.
        { action: 'school.draft_save', entityType: 'school', entityId: harvard.id, createdAt: later(3) },
        { action: 'school.update', entityType: 'lender', entityId: yale.id, createdAt: later(3) },
      ],
    });
    const entries = await changes.listSchoolChangeEntries(schools);
    expect(entries.map((e) => e.title)).toEqual([
      `${harvard.name}: facts re-verified by an editor`,
      `${harvard.name}: updated`,
      `${yale.name}: listing updated`,
    ]);
    // The editors' research note never reaches a public feed.
    expect(entries[1].summary).not.toContain('not read');
    expect(entries[1].summary).toContain('tuitionYear: Old <note> & "quote" → New <b>note</b> & more');
    expect(entries[1].url).toMatch(/^https?:\/\/[^/]+\/schools\/harvard-md$/);
    expect(entries[2].updated.getTime()).toBe(yale.updatedAt.getTime());
    const xml = buildAtomFeed({ id: 'x', title: 't', selfUrl: 'http://h/f', alternateUrl: 'http://h/', authorName: 'A', updated: changes.latestUpdate(entries), entries });
    expect(xml).toContain('Old &lt;note&gt; &amp; &quot;quote&quot; → New &lt;b&gt;note&lt;/b&gt; &amp; more');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain(`<updated>${later(2).toISOString()}</updated>`);
  });

  it('numbers keep unpublished counts as null, never zero', async () => {
    const numbers = await import('@/lib/numbers/queries');
    const cycles = await numbers.listIntlCycles('all_us_md');
    expect(cycles.length).toBeGreaterThan(3);
    const first = cycles[0];
    expect(first.cycle).toBe('2003');
    expect(first.applicants).toBeNull();
    expect(first.matriculated).toBe(209);
    const entering2006 = cycles.find((c) => c.cycle === '2006 entering class')!;
    expect(entering2006.applicants).toBeNull();
    expect(entering2006.matriculated).toBe(297);
    expect(cycles.every((c) => c.sourceUrl.startsWith('http') && c.asOf)).toBe(true);
    const figures = await numbers.countDirectoryFigures();
    expect(figures.byState.reduce((sum, t) => sum + t.count, 0)).toBe(figures.total);
    expect(figures.byNeedAid.reduce((sum, t) => sum + t.count, 0)).toBe(figures.total);
  });
});
