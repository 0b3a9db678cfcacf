// events.csv through the event row schema, the /events URL contract and sections, the start-time words and the
// calendar files (parsed back with ical.js, an independent iCalendar parser). The oracle for the filters is
// written here over the seeded records and shares no code with lib/events/filters.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { eventRowSchema, type EventRecord } from '@/lib/validation/event';
import { eventMatches, eventsHref, parseEventFilter, serializeEventFilter } from '@/lib/events/filters';
import { countEventFacets, splitEvents } from '@/lib/events/sections';
import { formatStart, isUpcoming, startInstant } from '@/lib/events/when';
import { eventIcs, upcomingCalendar } from '@/lib/events/calendar';
import { EVENT_AUDIENCES, EVENT_TOPICS } from '@/lib/events/vocabulary';
import { ORGANIZER_KEYS, organizerDirectory } from '@/lib/events/organizers';

const rows = parseCsv(readFileSync('prisma/seed-data/events.csv', 'utf8')).records;
const records: (EventRecord & { createdAt: Date; updatedAt: Date; description: string })[] = rows.map(({ line, values }) => {
  const parsed = eventRowSchema.safeParse(values);
  if (!parsed.success) throw new Error(`line ${line}: ${parsed.error.message}`);
  return { ...parsed.data, description: '', createdAt: new Date(0), updatedAt: new Date('2026-12-01T00:00:00Z') };
});

describe('events.csv through the row schema', () => {
  it('accepts every row and invents nothing the row does not give', () => {
    expect(records).toHaveLength(35);
    for (const [i, r] of records.entries()) {
      const raw = rows[i].values;
      expect(r.startsLocal ?? '').toBe(raw.starts_at);
      expect(r.timeZone ?? '').toBe(raw.time_zone);
      expect(r.startsAt === null).toBe(raw.starts_at === '');
      expect(r.registrationUrl ?? '').toBe(raw.url);
      expect(r.sourceUrl).toBe(raw.source_url);
      expect(r.sourceDate ?? '').toBe(raw.source_date);
      expect(r.recurrence ?? '').toBe(raw.recurrence);
      expect(raw.cost.startsWith(r.cost === 'unknown' && raw.cost === '' ? '' : r.cost)).toBe(true);
    }
    expect(records.find((r) => r.slug === 'amsa-residency-prep-series-2026')).toMatchObject({ cost: 'paid', costNote: '$25 AMSA members / $75 non-members' });
  });

  it('gives every row an organizer key, at least one topic and one audience group', () => {
    for (const r of records) {
      expect(r.organizerKey, r.slug).not.toBe('');
      expect(r.topics, r.slug).not.toBe('');
      expect(r.audiences, r.slug).not.toBe('');
    }
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(['recording', 'series', 'event']));
  });

  it('takes each directory organizer’s events page from the data, and each runs a recurring program there', () => {
    const directory = organizerDirectory();
    expect(directory.length).toBeGreaterThanOrEqual(5);
    for (const o of directory) {
      const own = records.filter((r) => r.organizerKey === o.key);
      expect(own.some((r) => r.kind === 'series'), o.key).toBe(true);
      expect(own.flatMap((r) => [r.registrationUrl, r.sourceUrl]), o.key).toContain(o.eventsPage);
    }
    const seriesOrganizers = new Set(records.filter((r) => r.kind === 'series').map((r) => r.organizerKey));
    expect(new Set(directory.map((o) => o.key))).toEqual(seriesOrganizers);
  });

  it('refuses bad rows with a message naming the field', () => {
    const good = rows[0].values;
    const bad = (patch: Record<string, string>) => {
      const result = eventRowSchema.safeParse({ ...good, ...patch });
      expect(result.success).toBe(false);
      return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(bad({ kind: 'webinar' })).toMatch(/^kind: Kind must be one of: recording, series, event/);
    expect(bad({ starts_at: '2026-02-30' })).toMatch(/^starts_at: .*real date/);
    expect(bad({ starts_at: '2026-03-01T25:00' })).toMatch(/^starts_at:/);
    expect(bad({ time_zone: 'Mars/Olympus' })).toMatch(/^time_zone:/);
    expect(bad({ time_zone: 'EST' })).toMatch(/^time_zone:/);
    expect(bad({ source_url: '' })).toMatch(/^source_url:/);
    expect(bad({ url: 'javascript:alert(1)' })).toMatch(/^url:/);
    expect(bad({ cost: 'cheap' })).toMatch(/^cost:/);
    expect(bad({ source_date: '12/2024' })).toMatch(/^source_date:/);
    expect(bad({ slug: 'Not A Slug' })).toMatch(/^slug:/);
  });
});

type Oracle = { topic: string[]; audience: string[]; organizer: string[] };

function oracle(r: { topics: string; audiences: string; organizerKey: string }, f: Oracle): boolean {
  const topics = r.topics.split(',');
  const audiences = r.audiences.split(',');
  return (
    (f.topic.length === 0 || f.topic.some((t) => topics.includes(t))) &&
    (f.audience.length === 0 || f.audience.some((a) => audiences.includes(a))) &&
    (f.organizer.length === 0 || f.organizer.includes(r.organizerKey))
  );
}

const filterArb = fc.record({
  topic: fc.subarray([...EVENT_TOPICS], { maxLength: 3 }),
  audience: fc.subarray([...EVENT_AUDIENCES], { maxLength: 2 }),
  organizer: fc.subarray(ORGANIZER_KEYS, { maxLength: 3 }),
});

describe('/events filter contract', () => {
  it('agrees with the oracle over the data for random combinations, and round-trips its URL', () => {
    fc.assert(
      fc.property(filterArb, fc.boolean(), (f, shuffle) => {
        // Values in any order and repeated parameters (what a no-JS form submits) parse to the same filter.
        const params = new URLSearchParams();
        for (const key of ['organizer', 'audience', 'topic'] as const) {
          const values = shuffle ? [...f[key]].reverse() : f[key];
          if (shuffle) for (const v of values) params.append(key, v.toUpperCase());
          else if (values.length) params.set(key, values.join(','));
        }
        const { filter, ignored } = parseEventFilter(params);
        expect(ignored).toEqual([]);
        expect(parseEventFilter(new URLSearchParams(serializeEventFilter(filter))).filter).toEqual(filter);
        const mine = records.filter((r) => eventMatches(r, filter)).map((r) => r.slug);
        expect(mine).toEqual(records.filter((r) => oracle(r, f)).map((r) => r.slug));
        // Facet counts: what ticking that value (alone in its parameter) would give.
        const facets = countEventFacets(records, filter);
        for (const t of EVENT_TOPICS) expect(facets.topic[t]).toBe(records.filter((r) => oracle(r, { ...f, topic: [t] })).length);
        for (const o of ORGANIZER_KEYS) expect(facets.organizer[o]).toBe(records.filter((r) => oracle(r, { ...f, organizer: [o] })).length);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the canonical URL in contract order and drops (and reports) invalid values', () => {
    const { filter, ignored } = parseEventFilter(new URLSearchParams('organizer=amwa,nope&topic=canada,residency,canada&audience=robots&x=1'));
    expect(serializeEventFilter(filter)).toBe('topic=residency,canada&organizer=amwa');
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual(['audience=robots', 'organizer=nope']);
    expect(eventsHref(filter, { organizer: [] })).toBe('/events?topic=residency,canada');
    expect(eventsHref({ topic: [], audience: [], organizer: [] })).toBe('/events');
  });
});

describe('sections at request time', () => {
  const now = new Date('2026-12-02T03:00:00Z');
  const split = splitEvents(records, now);

  it('places every row in exactly one section, by kind, past newest first', () => {
    const all = [...split.upcoming, ...split.series, ...split.recordings, ...split.past].map((e) => e.slug);
    expect(all.sort()).toEqual(records.map((r) => r.slug).sort());
    expect(split.series.every((e) => e.kind === 'series')).toBe(true);
    expect(split.recordings.every((e) => e.kind === 'recording')).toBe(true);
    expect(split.series).toHaveLength(records.filter((r) => r.kind === 'series').length);
    const datedPast = split.past.filter((e) => e.startsAt);
    expect(datedPast.map((e) => e.startsAt!.getTime())).toEqual(datedPast.map((e) => e.startsAt!.getTime()).sort((a, b) => b - a));
    expect(split.past.slice(datedPast.length).every((e) => !e.startsAt)).toBe(true);
  });

  it('moves a session from upcoming to past once it has started', () => {
    const nrmp = records.find((r) => r.slug === 'nrmp-transition-to-residency-conference-2025')!;
    expect(splitEvents([nrmp], new Date('2025-10-01T00:00:00Z')).upcoming).toHaveLength(1);
    expect(splitEvents([nrmp], now).past).toHaveLength(1);
    expect(split.upcoming).toEqual([]); // every dated session in the data is before December 2026
  });
});

describe('start times in words', () => {
  it('names the zone for an exact time, says when the zone is not stated, and shows a bare date as a date', () => {
    expect(formatStart({ startsLocal: '2026-02-21T10:00', timeZone: 'America/New_York' })).toBe('Sat, 21 Feb 2026, 10:00 GMT-5 (America/New_York)');
    expect(formatStart({ startsLocal: '2021-06-02T19:00', timeZone: null })).toBe('Wed, 2 Jun 2021, 19:00 (time zone not stated by the organizer)');
    expect(formatStart({ startsLocal: '2024-07-16', timeZone: null })).toBe('Tue, 16 Jul 2024');
    expect(formatStart({ startsLocal: null, timeZone: 'America/New_York' })).toBeNull();
  });

  it('computes the instant only from what is given and keeps a bare date upcoming through that day everywhere', () => {
    expect(startInstant({ startsLocal: '2020-12-03T11:00', timeZone: 'America/Edmonton' })!.toISOString()).toBe('2020-12-03T18:00:00.000Z');
    const day = { startsLocal: '2030-01-10', timeZone: null, startsAt: startInstant({ startsLocal: '2030-01-10', timeZone: null }) };
    expect(isUpcoming(day, new Date('2030-01-11T11:59:00Z'))).toBe(true);
    expect(isUpcoming(day, new Date('2030-01-11T12:01:00Z'))).toBe(false);
    const exact = { startsLocal: '2030-01-10T09:00', timeZone: 'UTC', startsAt: new Date('2030-01-10T09:00:00Z') };
    expect(isUpcoming(exact, new Date('2030-01-10T08:59:00Z'))).toBe(true);
    expect(isUpcoming(exact, new Date('2030-01-10T09:01:00Z'))).toBe(false);
  });
});

describe('calendar files, read back with ical.js', () => {
  it('writes one parseable file per dated row with the start as the source gives it; none for undated rows', () => {
    let dated = 0;
    for (const r of records) {
      const ics = eventIcs(r);
      if (!r.startsLocal) {
        expect(ics, r.slug).toBeNull();
        continue;
      }
      dated++;
      const calendar = new ICAL.Component(ICAL.parse(ics!));
      const vevents = calendar.getAllSubcomponents('vevent');
      expect(vevents).toHaveLength(1);
      const event = new ICAL.Event(vevents[0]);
      expect(event.summary).toBe(r.title);
      expect(event.description).toContain(`Source: ${r.sourceUrl}`);
      const start = event.startDate;
      if (!r.startsLocal.includes('T')) {
        expect(start.isDate).toBe(true);
        expect(start.toString()).toBe(r.startsLocal);
      } else if (r.timeZone) {
        expect(start.zone).toBe(ICAL.Timezone.utcTimezone);
        expect(start.toJSDate().toISOString()).toBe(r.startsAt!.toISOString());
      } else {
        expect(start.zone).toBe(ICAL.Timezone.localTimezone); // floating: no zone invented
        expect(start.toString()).toBe(`${r.startsLocal}:00`);
      }
    }
    expect(dated).toBe(records.filter((r) => r.startsLocal).length);
    expect(dated).toBeGreaterThan(10);
  });

  it('writes the upcoming calendar as one parseable VCALENDAR, empty or not', () => {
    const empty = new ICAL.Component(ICAL.parse(upcomingCalendar([])));
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
    const future = records.filter((r) => r.kind === 'event' && r.startsAt).map((r) => ({ ...r, startsLocal: r.startsLocal!.replace(/^\d{4}/, '2099'), startsAt: new Date('2099-01-01T00:00:00Z') }));
    const full = new ICAL.Component(ICAL.parse(upcomingCalendar(future)));
    const uids = full.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toHaveLength(future.length);
    expect(new Set(uids).size).toBe(future.length);
  });
});
