// /admin/events/suggestions — visitors' "Suggest an event" submissions: open (oldest first), resolved, dismissed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listEventSuggestions, parseSuggestionStatus, SUGGESTION_STATUSES } from '@/lib/events/suggestions';
import { CorrectionCloseForm } from '@/components/admin/CorrectionCloseForm';
import { closeEventSuggestionAction } from './actions';

export const metadata: Metadata = { title: 'Event suggestions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABEL = { open: 'Open', resolved: 'Resolved', dismissed: 'Dismissed' } as const;

export default async function EventSuggestionsPage({ searchParams }: Props) {
  await requireRole('editor');
  const status = parseSuggestionStatus(await searchParams);
  const { counts, rows } = await listEventSuggestions(status);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Event suggestions</h1>
      <p className="text-sm text-slate-700">
        Read the organizer’s page; if it states the event, <Link href="/admin/events/new" className="underline">add it</Link> with that page as its source, then resolve the suggestion.
      </p>
      <nav aria-label="Suggestion status">
        <ul className="flex gap-4 text-sm">
          {SUGGESTION_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/events/suggestions?status=${s}`} aria-current={s === status ? 'page' : undefined} className={s === status ? 'font-bold' : undefined}>
                {STATUS_LABEL[s]} ({counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? <p className="text-sm text-slate-700">No {status} suggestions.</p> : null}
      <ol className="space-y-3" data-testid="event-suggestions">
        {rows.map((s) => (
          <li key={s.id} className="space-y-2 rounded border border-slate-200 bg-white p-4 text-sm">
            <p>
              <strong>{s.title}</strong> · suggested <time dateTime={s.createdAt.toISOString()}>{s.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
              {s.email ? (
                <>
                  {' '}by{' '}
                  <a href={`mailto:${s.email}`} className="underline">
                    {s.email}
                  </a>
                </>
              ) : null}
            </p>
            <p>
              Organizer’s page:{' '}
              <a href={s.organizerUrl} rel="noopener noreferrer nofollow" className="break-all underline">
                {s.organizerUrl}
              </a>
            </p>
            {s.startsLocal ? <p>When: {s.startsLocal}</p> : null}
            {s.details ? <blockquote className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3 text-slate-800">{s.details}</blockquote> : null}
            {s.status === 'open' ? (
              <CorrectionCloseForm action={closeEventSuggestionAction} id={s.id} />
            ) : (
              <p className="text-slate-700">
                {STATUS_LABEL[s.status as keyof typeof STATUS_LABEL] ?? s.status}
                {s.resolvedAt ? ` on ${s.resolvedAt.toISOString().slice(0, 10)}` : ''}: {s.resolutionNote}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
