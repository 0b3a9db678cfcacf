// /admin/events/suggestions — visitors' "Suggest an event" submissions: open (oldest first), resolved, dismissed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listEventSuggestions, parseSuggestionStatus } from '@/lib/events/suggestions';
import { SubmissionItem, SubmissionList, SubmittedBy } from '@/components/admin/SubmissionList';
import { Timestamp } from '@/components/admin/Timestamp';
import { closeEventSuggestionAction } from './actions';

export const metadata: Metadata = { title: 'Event suggestions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventSuggestionsPage({ searchParams }: Props) {
  await requireRole('editor');
  const status = parseSuggestionStatus(await searchParams);
  const { counts, rows } = await listEventSuggestions(status);
  const intro = (
    <p className="text-sm text-slate-700">
      Read the organizer’s page; if it states the event, <Link href="/admin/events/new" className="underline">add it</Link> with that page as its source, then resolve the suggestion.
    </p>
  );
  return (
    <SubmissionList
      title="Event suggestions"
      intro={intro}
      nav={{ label: 'Suggestion status', path: '/admin/events/suggestions', status, counts }}
      empty={rows.length ? null : <>No {status} suggestions.</>}
      testId="event-suggestions"
    >
      {rows.map((s) => (
        <SubmissionItem key={s.id} submission={s} action={closeEventSuggestionAction}>
          <p>
            <strong>{s.title}</strong> · suggested <Timestamp date={s.createdAt} />
            <SubmittedBy email={s.email} />
          </p>
          <p>
            Organizer’s page:{' '}
            <a href={s.organizerUrl} rel="noopener noreferrer nofollow" className="break-all underline">
              {s.organizerUrl}
            </a>
          </p>
          {s.startsLocal ? <p>When: {s.startsLocal}</p> : null}
          {s.details ? <blockquote className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3 text-slate-800">{s.details}</blockquote> : null}
        </SubmissionItem>
      ))}
    </SubmissionList>
  );
}
