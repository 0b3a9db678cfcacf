'use client';

import { useSyncExternalStore } from 'react';
import { formatEventTime } from '@/lib/content/event-time';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const serverZone = () => 'UTC';

/**
 * An event's time. The server (and the first client render, so hydration matches) shows UTC, named "UTC";
 * after hydration the browser's own time zone takes over, named too.
 */
export function LocalTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const timeZone = useSyncExternalStore(noSubscription, browserZone, serverZone);
  return (
    <time dateTime={startsAt} data-testid="event-time" data-zone={timeZone}>
      {formatEventTime(new Date(startsAt), new Date(endsAt), timeZone)}
    </time>
  );
}
