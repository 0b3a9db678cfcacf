// schema.org Event for a dated event page. The start is written as precisely as the source states it (with an
// offset only when the zone is known); no location, end or price is given because the sources give none.
import { isExactStart } from './when';
import { utcToZonedLocal } from './zoned-time';
import type { EventRow } from './queries';

function offsetIso(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant);
  const gmt = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return `${utcToZonedLocal(instant, timeZone)}:00${gmt === 'GMT' ? '+00:00' : gmt.replace('GMT', '')}`;
}

export function eventJsonLd(event: EventRow, pageUrl: string): Record<string, unknown> | null {
  if (!event.startsLocal || !event.startsAt) return null;
  const startDate = isExactStart(event) ? offsetIso(event.startsAt, event.timeZone!) : event.startsLocal;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate,
    url: pageUrl,
    eventStatus: 'https://schema.org/EventScheduled',
    organizer: { '@type': 'Organization', name: event.organizer },
    ...(event.audience ? { audience: { '@type': 'Audience', audienceType: event.audience } } : {}),
    ...(event.cost === 'free' ? { isAccessibleForFree: true } : {}),
    ...(event.registrationUrl ? { sameAs: event.registrationUrl } : {}),
  };
}
