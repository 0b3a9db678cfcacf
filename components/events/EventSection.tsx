import type { EventRow } from '@/lib/events/queries';
import { EventCard } from './EventCard';

/** One section of /events: a heading, its events, or (children) a plain sentence saying it is empty. */
export function EventSection({ id, title, events, collapsed = false, children }: { id: string; title: string; events: EventRow[]; collapsed?: boolean; children: React.ReactNode }) {
  const list = events.length ? (
    <ol className="mt-3 space-y-3">
      {events.map((event) => (
        <li key={event.slug}>
          <EventCard event={event} />
        </li>
      ))}
    </ol>
  ) : (
    <p className="mt-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={`empty-${id}`}>
      {children}
    </p>
  );
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title} <span className="text-base font-normal text-slate-600">({events.length})</span>
      </h2>
      {collapsed && events.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">
            Show {events.length} past session{events.length === 1 ? '' : 's'}, newest first
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
