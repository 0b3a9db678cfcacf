'use client';

import { useSyncExternalStore } from 'react';
import { formatInstant } from '@/lib/events/when';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * An exact start time. The server (and the first client render, so hydration matches) shows it in the event's
 * own zone, named; after hydration the visitor's zone takes over, named too.
 */
export function LocalTime({ startsAt, eventZone }: { startsAt: string; eventZone: string }) {
  const timeZone = useSyncExternalStore(noSubscription, browserZone, () => eventZone);
  return (
    <time dateTime={startsAt} data-testid="event-time" data-zone={timeZone}>
      {formatInstant(new Date(startsAt), timeZone)}
    </time>
  );
}
