import { formatStart, isExactStart } from '@/lib/events/when';
import { LocalTime } from './LocalTime';

type Start = { startsLocal: string | null; timeZone: string | null; startsAt: Date | null };

/** The start as the source gives it: an exact time (converted to the visitor's zone), a day, or a time without zone. */
export function EventStart({ event }: { event: Start }) {
  if (isExactStart(event) && event.startsAt) return <LocalTime startsAt={event.startsAt.toISOString()} eventZone={event.timeZone!} />;
  const text = formatStart(event);
  if (!text) return null;
  return (
    <time dateTime={event.startsLocal!} data-testid="event-time">
      {text}
    </time>
  );
}
