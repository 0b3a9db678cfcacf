// One event's time as words, in a given IANA time zone, with the zone named so nobody has to guess:
// "Tue, 3 Feb 2026, 18:00–19:30 GMT+1 (Europe/Paris)", or "… 17:00–18:30 UTC" on the server.
const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function offsetName(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatEventTime(startsAt: Date, endsAt: Date, timeZone = 'UTC'): string {
  const start = new Intl.DateTimeFormat('en-GB', { ...DATE_TIME, timeZone }).format(startsAt);
  const sameDay = dayKey(startsAt, timeZone) === dayKey(endsAt, timeZone);
  const end = new Intl.DateTimeFormat('en-GB', { ...(sameDay ? TIME : DATE_TIME), timeZone }).format(endsAt);
  const range = `${start}${sameDay ? '–' : ' – '}${end}`;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return `${range} UTC`;
  return `${range} ${offsetName(startsAt, timeZone)} (${timeZone})`;
}
