// iCalendar (RFC 5545): CRLF line endings, lines folded at 75 octets (never inside a UTF-8 character), TEXT
// values escaped (\\ ; , and newlines). A start is written the way the source knows it: an exact instant in UTC
// "Z" form, a whole day (VALUE=DATE), or a floating local time when the source names no zone. No end is
// written: the sources give none, and RFC 5545 lets a calendar infer it (a day, or an instant).
export type IcsStart = { instant: Date } | { date: string } | { floating: string };

export type IcsEvent = {
  uid: string;
  title: string;
  description: string;
  start: IcsStart;
  url: string;
  stamp: Date;
  organizer?: string;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function formatIcsDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Splits a content line into 75-octet pieces; continuation lines start with one space (which counts). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

// Control characters other than tab are not allowed in iCalendar values.
const stripControls = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');

function dtstart(start: IcsStart): string {
  if ('instant' in start) return `DTSTART:${formatIcsDate(start.instant)}`;
  if ('date' in start) return `DTSTART;VALUE=DATE:${start.date.replace(/-/g, '')}`;
  return `DTSTART:${start.floating.replace(/[-:]/g, '')}00`;
}

function veventLines(event: IcsEvent): string[] {
  const description = event.organizer ? `${event.description}\n\nOrganizer: ${event.organizer}` : event.description;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(stripControls(event.uid))}`,
    `DTSTAMP:${formatIcsDate(event.stamp)}`,
    dtstart(event.start),
    `SUMMARY:${escapeIcsText(stripControls(event.title))}`,
    `DESCRIPTION:${escapeIcsText(stripControls(description))}`,
    // URL is a URI value, not TEXT: no backslash escaping (commas and semicolons are legal in URLs).
    `URL:${stripControls(event.url).replace(/[\r\n]/g, '')}`,
    'END:VEVENT',
  ];
}

/** One calendar holding any number of events (zero is a valid, empty calendar). */
export function buildCalendar(events: IcsEvent[], name?: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IMG Pathways//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeIcsText(stripControls(name))}`] : []),
    ...events.flatMap(veventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

export function buildIcs(event: IcsEvent): string {
  return buildCalendar([event]);
}
