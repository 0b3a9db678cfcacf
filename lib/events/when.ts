// An event's start as the source gives it — a date ("2024-07-16") or a local wall-clock time
// ("2021-06-02T19:00") with or without an IANA zone — turned into an ordering instant and into words.
// Nothing is guessed: no zone means the time is shown as the source wrote it, named "time zone not stated".
import { zonedToUtc } from './zoned-time';

export const STARTS_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export type Start = { startsLocal: string | null; timeZone: string | null };

export function isRealStart(local: string): boolean {
  const m = STARTS_LOCAL.exec(local);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
  return m[4] === undefined || (Number(m[4]) <= 23 && Number(m[5]) <= 59);
}

export const hasTime = (local: string) => local.includes('T');

/**
 * The instant used to order events and to tell upcoming from past: exact when the time and zone are known;
 * otherwise the wall-clock value read as UTC (ordering only, never shown).
 */
export function startInstant({ startsLocal, timeZone }: Start): Date | null {
  if (!startsLocal || !isRealStart(startsLocal)) return null;
  if (hasTime(startsLocal) && timeZone) return zonedToUtc(startsLocal, timeZone);
  return new Date(`${hasTime(startsLocal) ? startsLocal : `${startsLocal}T00:00`}:00Z`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Upcoming until it starts when the instant is exact; a date, or a time without a zone, stays upcoming until
 * that day has ended everywhere (UTC−12), so nobody is told too early that it has passed.
 */
export function isUpcoming(start: Start & { startsAt: Date | null }, now: Date): boolean {
  if (!start.startsAt) return false;
  const exact = !!start.startsLocal && hasTime(start.startsLocal) && !!start.timeZone;
  if (exact) return start.startsAt.getTime() >= now.getTime();
  const dayStart = Date.parse(`${start.startsLocal!.slice(0, 10)}T00:00:00Z`);
  return dayStart + DAY_MS + 12 * 60 * 60 * 1000 > now.getTime();
}

function offsetName(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** An exact instant in a given zone, zone named: "Sat, 21 Feb 2026, 10:00 GMT-5 (America/New_York)". */
export function formatInstant(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', { ...DAY_TIME, timeZone }).format(instant);
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return `${text} UTC`;
  return `${text} ${offsetName(instant, timeZone)} (${timeZone})`;
}

/** The start in words, in the event's own zone (the server's rendering). Null when the source gives no date. */
export function formatStart(start: Start): string | null {
  const { startsLocal, timeZone } = start;
  if (!startsLocal || !isRealStart(startsLocal)) return null;
  if (!hasTime(startsLocal)) return new Intl.DateTimeFormat('en-GB', { ...DAY, timeZone: 'UTC' }).format(new Date(`${startsLocal}T00:00:00Z`));
  if (timeZone) return formatInstant(startInstant(start)!, timeZone);
  const text = new Intl.DateTimeFormat('en-GB', { ...DAY_TIME, timeZone: 'UTC' }).format(new Date(`${startsLocal}:00Z`));
  return `${text} (time zone not stated by the organizer)`;
}

/** Whether the start is an exact instant a browser can convert to its own zone. */
export function isExactStart(start: Start): boolean {
  return !!start.startsLocal && hasTime(start.startsLocal) && !!start.timeZone;
}
