// The queue of what visitors submitted (reader corrections, event suggestions): a link per status with its
// count, a notice when the chosen status has none, then one card per submission: the page's own lines, then the
// close form while it is open, or who closed it, when, and the note.
import Link from 'next/link';
import type { FormAction } from '@/lib/admin/action';
import { CorrectionCloseForm } from './CorrectionCloseForm';

type Status = 'open' | 'resolved' | 'dismissed';

const STATUS_LABEL: Record<Status, string> = { open: 'Open', resolved: 'Resolved', dismissed: 'Dismissed' };

type Props = {
  title: string;
  /** A paragraph under the title. */
  intro?: React.ReactNode;
  /** The status links: e.g. `/admin/corrections?status=resolved`, the chosen one marked. */
  nav: { label: string; path: string; status: Status; counts: Record<Status, number> };
  /** The notice when the chosen status has no submissions (null when it has some). */
  empty: React.ReactNode;
  testId: string;
  children: React.ReactNode;
};

export function SubmissionList({ title, intro, nav, empty, testId, children }: Props) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro}
      <nav aria-label={nav.label}>
        <ul className="flex gap-4 text-sm">
          {(Object.keys(STATUS_LABEL) as Status[]).map((s) => (
            <li key={s}>
              <Link href={`${nav.path}?status=${s}`} aria-current={s === nav.status ? 'page' : undefined} className={s === nav.status ? 'font-bold' : undefined}>
                {STATUS_LABEL[s]} ({nav.counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {empty ? <p className="text-sm text-slate-700">{empty}</p> : null}
      <ol className="space-y-3" data-testid={testId}>
        {children}
      </ol>
    </div>
  );
}

type Submission = { id: number; status: string; email: string | null; createdAt: Date; resolvedAt: Date | null; resolutionNote: string | null };

type ItemProps<T> = {
  submission: Submission;
  action: FormAction<T>;
  /** Who closed it, for submissions that record it ("Resolved by …"). */
  closedBy?: string;
  children: React.ReactNode;
};

/** One submission's card: the page's lines, then the close form or how it was closed. */
export function SubmissionItem<T>({ submission: s, action, closedBy, children }: ItemProps<T>) {
  return (
    <li className="space-y-2 rounded border border-slate-200 bg-white p-4 text-sm">
      {children}
      {s.status === 'open' ? (
        <CorrectionCloseForm action={action} id={s.id} />
      ) : (
        <p className="text-slate-700">
          {STATUS_LABEL[s.status as Status] ?? s.status}
          {closedBy === undefined ? null : <> by {closedBy}</>}
          {s.resolvedAt ? ` on ${s.resolvedAt.toISOString().slice(0, 10)}` : ''}: {s.resolutionNote}
        </p>
      )}
    </li>
  );
}

/** " by <mailto link>" when the visitor left an address. */
export function SubmittedBy({ email }: { email: string | null }) {
  if (!email) return null;
  return (
    <>
      {' '}
      by{' '}
      <a href={`mailto:${email}`} className="underline">
        {email}
      </a>
    </>
  );
}
