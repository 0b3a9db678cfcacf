// iCalendar (RFC 5545) for one event: CRLF line endings, lines folded at 75 octets (never inside a UTF-8
// character), TEXT values escaped (\\ ; , and newlines), times in UTC "Z" form.
export type IcsEvent = {
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
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

export function buildIcs(event: IcsEvent): string {
  const description = event.organizer ? `${event.description}\n\nOrganizer: ${event.organizer}` : event.description;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IMG Pathways//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(stripControls(event.uid))}`,
    `DTSTAMP:${formatIcsDate(event.stamp)}`,
    `DTSTART:${formatIcsDate(event.startsAt)}`,
    `DTEND:${formatIcsDate(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(stripControls(event.title))}`,
    `DESCRIPTION:${escapeIcsText(stripControls(description))}`,
    // URL is a URI value, not TEXT: no backslash escaping (commas and semicolons are legal in URLs).
    `URL:${stripControls(event.url).replace(/[\r\n]/g, '')}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
