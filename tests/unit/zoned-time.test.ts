// Wall-clock times in an IANA zone ↔ UTC instants (the event form), across DST changes.
import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedToUtc } from '@/lib/events/zoned-time';

describe('zonedToUtc', () => {
  it('converts winter and summer times in New York and Paris', () => {
    expect(zonedToUtc('2026-01-15T09:30', 'America/New_York')?.toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(zonedToUtc('2026-07-15T09:30', 'America/New_York')?.toISOString()).toBe('2026-07-15T13:30:00.000Z');
    expect(zonedToUtc('2026-07-15T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-07-15T07:30:00.000Z');
    expect(zonedToUtc('2026-07-15T09:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-07-15T04:00:00.000Z');
    expect(zonedToUtc('2026-07-15T09:30', 'UTC')?.toISOString()).toBe('2026-07-15T09:30:00.000Z');
  });
  it('rejects impossible dates and malformed input', () => {
    expect(zonedToUtc('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedToUtc('2026-02-10 10:00', 'UTC')).toBeNull();
    expect(zonedToUtc('2026-02-10T25:00', 'UTC')).toBeNull();
  });
  it('round-trips through utcToZonedLocal', () => {
    for (const zone of ['America/Los_Angeles', 'Australia/Sydney', 'Asia/Dhaka']) {
      const instant = zonedToUtc('2026-03-29T12:15', zone)!;
      expect(utcToZonedLocal(instant, zone)).toBe('2026-03-29T12:15');
    }
  });
});
