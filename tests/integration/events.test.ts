// Events on real SQLite and real PostgreSQL: the seed loads every events.csv row once (a second run changes
// nothing), reports bad rows with their line numbers, and the public reads split and filter what it loaded.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { parseCsv } from '@/lib/csv/parse';

const CSV = readFileSync('prisma/seed-data/events.csv', 'utf8');
const rows = parseCsv(CSV).records.map((r) => r.values);

describe.each(PROVIDERS)('events on %s', (provider) => {
  const { database, queries } = useTestDatabase(provider, { queries: () => import('@/lib/events/queries') });

  it('holds every events.csv row, published, with its source and nothing invented', async () => {
    const events = await database.db.event.findMany({ orderBy: { slug: 'asc' } });
    expect(events.map((e) => e.slug)).toEqual(rows.map((r) => r.slug).sort());
    for (const e of events) {
      const row = rows.find((r) => r.slug === e.slug)!;
      expect(e).toMatchObject({ status: 'published', title: row.title, kind: row.kind, sourceUrl: row.source_url, organizer: row.organizer });
      expect(e.startsLocal ?? '').toBe(row.starts_at);
      expect(e.registrationUrl ?? '').toBe(row.url);
      expect(e.sourceDate ?? '').toBe(row.source_date);
    }
  });

  it('seeding again changes nothing', async () => {
    const { seedDatabase } = await import('@/lib/seed/seed');
    const before = await database.db.event.findMany({ orderBy: { id: 'asc' } });
    const report = await seedDatabase(database.db);
    expect(report.events).toMatchObject({ created: 0, updated: 0, unchanged: rows.length, rejected: [] });
    expect(await database.db.event.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('reports bad rows with their line numbers and loads the good ones', async () => {
    const { seedDatabase } = await import('@/lib/seed/seed');
    const dir = mkdtempSync(path.join(tmpdir(), 'events-seed-'));
    const lines = CSV.trimEnd().split('\n');
    const header = lines[0];
    const good = 'test-seed-good-row,A good test row,Test Org,event,2031-05-06T18:00,America/Toronto,,Testers,free,,https://example.test/events,2031-01';
    const badKind = 'test-seed-bad-kind,Bad kind,Test Org,webinar,,,,Testers,,,https://example.test/a,';
    const badDate = 'test-seed-bad-date,Bad date,Test Org,event,2031-02-30,,,Testers,,,https://example.test/b,';
    writeFileSync(path.join(dir, 'events.csv'), [header, good, badKind, badDate, good].join('\n') + '\n');
    const report = await seedDatabase(database.db, dir);
    expect(report.events.created).toBe(1);
    expect(report.events.rejected).toEqual([
      { line: 3, slug: 'test-seed-bad-kind', reason: expect.stringContaining('Kind must be one of') },
      { line: 4, slug: 'test-seed-bad-date', reason: expect.stringContaining('real date') },
      { line: 5, slug: 'test-seed-good-row', reason: 'duplicate slug in the file' },
    ]);
    const saved = await database.db.event.findUniqueOrThrow({ where: { slug: 'test-seed-good-row' } });
    // 18:00 in Toronto in May (EDT, UTC-4) is 22:00 UTC.
    expect(saved.startsAt!.toISOString()).toBe('2031-05-06T22:00:00.000Z');
    expect(saved).toMatchObject({ cost: 'free', costNote: null, timeZone: 'America/Toronto', sourceDate: '2031-01' });
  });

  it('splits at request time and lists a future session as upcoming, in /events.ics too', async () => {
    const { filter } = (await import('@/lib/events/filters')).parseEventFilter(new URLSearchParams());
    const { sections, total } = await queries.searchEvents(filter, new Date('2031-05-01T00:00:00Z'));
    expect(total).toBe(rows.length + 1);
    expect(sections.upcoming.map((e) => e.slug)).toEqual(['test-seed-good-row']);
    expect(sections.series).toHaveLength(rows.filter((r) => r.kind === 'series').length);
    expect(sections.recordings).toHaveLength(rows.filter((r) => r.kind === 'recording').length);
    const later = await queries.searchEvents(filter, new Date('2031-05-07T00:00:00Z'));
    expect(later.sections.upcoming).toEqual([]);
    expect(later.sections.past[0].slug).toBe('test-seed-good-row');

    const upcoming = await queries.listUpcomingEvents(new Date('2031-05-01T00:00:00Z'));
    const { upcomingCalendar } = await import('@/lib/events/calendar');
    const calendar = new ICAL.Component(ICAL.parse(upcomingCalendar(upcoming)));
    expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'))).toEqual(['A good test row']);
    expect((await queries.getHomeEvent(new Date('2031-05-01T00:00:00Z')))?.event.slug).toBe('test-seed-good-row');
    expect((await queries.getHomeEvent(new Date('2031-06-01T00:00:00Z')))?.kind).toBe('series');
  });

  it('queues for editors: sources undated or older than 12 months, and sessions without a date', async () => {
    const admin = await import('@/lib/events/admin-queries');
    const now = new Date('2026-12-02T00:00:00Z');
    const stale = await admin.listEventsForAdmin({ queue: 'stale' }, now);
    // Oracle: the CSV's source_date, compared by year and month with December 2025.
    const expected = rows.filter((r) => r.source_date === '' || r.source_date.slice(0, 7) < '2025-12').map((r) => r.slug);
    expect(stale.map((e) => e.slug).filter((s) => !s.startsWith('test-')).sort()).toEqual(expected.sort());
    const undated = await admin.listEventsForAdmin({ queue: 'undated' }, now);
    expect(undated.map((e) => e.slug).sort()).toEqual(rows.filter((r) => r.kind === 'event' && r.starts_at === '').map((r) => r.slug).sort());
    expect(admin.parseAdminEventList({ queue: 'bogus', status: ['draft', 'x'] })).toEqual({ queue: undefined, status: 'draft' });
  });

  it('hides drafts from every public read', async () => {
    await database.db.event.update({ where: { slug: 'test-seed-good-row' }, data: { status: 'draft' } });
    expect(await queries.getEventBySlug('test-seed-good-row')).toBeNull();
    expect(await queries.listUpcomingEvents(new Date('2031-05-01T00:00:00Z'))).toEqual([]);
    expect((await queries.listPublishedEvents()).map((e) => e.slug)).not.toContain('test-seed-good-row');
    expect(await queries.getEventBySlug('../etc')).toBeNull();
  });
});
