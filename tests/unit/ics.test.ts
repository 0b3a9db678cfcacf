// The .ics writer, checked by parsing its output back with a minimal RFC 5545 reader written here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar, buildIcs, escapeIcsText, foldIcsLine, formatIcsDate, type IcsEvent } from '@/lib/events/ics';

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Unfolds and splits into [name, value] pairs; fails on anything that is not a well-formed content line. */
function parseIcs(text: string): { lines: string[]; props: Map<string, string[]> } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = text.slice(0, -2).replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  const props = new Map<string, string[]>();
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9-]*):([\s\S]*)$/.exec(line); // U+2028 is legal TEXT
    expect(match, `bad content line: ${line}`).not.toBeNull();
    props.set(match![1], [...(props.get(match![1]) ?? []), match![2]]);
  }
  return { lines, props };
}

const base: IcsEvent = {
  uid: 'test-webinar@imgpathways.test',
  title: 'Test webinar',
  description: 'A description.',
  start: { instant: new Date('2030-02-03T17:00:00Z') },
  url: 'https://example.test/register?a=1,2;b=3',
  stamp: new Date('2029-12-31T23:59:59.123Z'),
};

describe('buildIcs', () => {
  it('writes one VEVENT with UTC times and every required property', () => {
    const { lines, props } = parseIcs(buildIcs(base));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(props.get('VERSION')).toEqual(['2.0']);
    expect(props.get('PRODID')).toHaveLength(1);
    expect(props.get('BEGIN')).toEqual(['VCALENDAR', 'VEVENT']);
    expect(props.get('UID')).toEqual(['test-webinar@imgpathways.test']);
    expect(props.get('DTSTAMP')).toEqual(['20291231T235959Z']);
    expect(props.get('DTSTART')).toEqual(['20300203T170000Z']);
    expect(props.get('DTEND')).toBeUndefined();
    expect(props.get('SUMMARY')).toEqual(['Test webinar']);
    expect(props.get('URL')).toEqual(['https://example.test/register?a=1,2;b=3']);
  });

  it('escapes backslash, semicolon, comma and newlines in text and reads them back', () => {
    const title = 'Loans, cosigners; and C:\\paths';
    const description = 'Line one\nLine two\r\nLine three, with; specials \\ end';
    const ics = buildIcs({ ...base, title, description, organizer: 'Org, Inc.' });
    expect(ics).toContain('SUMMARY:Loans\\, cosigners\\; and C:\\\\paths');
    const { props } = parseIcs(ics);
    expect(unescapeText(props.get('SUMMARY')![0])).toBe(title);
    expect(unescapeText(props.get('DESCRIPTION')![0])).toBe(
      'Line one\nLine two\nLine three, with; specials \\ end\n\nOrganizer: Org, Inc.',
    );
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const description = 'Résidence médicale — 日本語のテキスト — '.repeat(12);
    const ics = buildIcs({ ...base, description });
    const { props } = parseIcs(ics);
    expect(ics).toMatch(/\r\n /);
    expect(unescapeText(props.get('DESCRIPTION')![0])).toBe(description);
  });

  it('round-trips any text (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 120 }), (description, title) => {
        const { props } = parseIcs(buildIcs({ ...base, title, description }));
        // Newlines are normalised to \n and control characters other than tab are dropped.
        const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n|\r/g, '\n');
        expect(unescapeText(props.get('SUMMARY')![0])).toBe(clean(title));
        expect(unescapeText(props.get('DESCRIPTION')![0])).toBe(clean(description));
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildCalendar', () => {
  it('writes a whole day as VALUE=DATE and a time without a zone as floating local time', () => {
    const day = buildIcs({ ...base, start: { date: '2024-07-16' } });
    expect(day).toContain('\r\nDTSTART;VALUE=DATE:20240716\r\n');
    const floating = buildIcs({ ...base, start: { floating: '2021-06-02T19:00' } });
    expect(floating).toContain('\r\nDTSTART:20210602T190000\r\n');
  });
  it('holds several events, or none', () => {
    const two = buildCalendar([base, { ...base, uid: 'second@imgpathways.test' }], 'Upcoming');
    expect(two.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(two).toContain('\r\nX-WR-CALNAME:Upcoming\r\n');
    expect(buildCalendar([])).not.toContain('VEVENT');
  });
});

describe('ics helpers', () => {
  it('formats dates in UTC Z form without milliseconds', () => {
    expect(formatIcsDate(new Date('2026-02-03T17:05:09.999Z'))).toBe('20260203T170509Z');
  });
  it('escapes text values', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('leaves short lines alone and folds exactly at 75 octets', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldIcsLine('X'.repeat(200)).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });
});
