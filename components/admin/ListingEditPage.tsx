// The frame every listing's edit page shares: back link, name, public page (or "draft"), version and
// verification date, the one-time "created" notice, "Mark verified today" (for listings that are verified) and
// "Delete…", the edit form, any extra sections, then the history. Pages pass their form and their own actions.
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { ActionResult } from '@/lib/admin/action';
import { ActionButton } from './ActionButton';

type Props<T> = {
  /** e.g. "/admin/lenders" */
  basePath: string;
  listLabel: string;
  /** lastVerifiedAt undefined: the listing has no verification date (articles, events). */
  listing: { id: number; name: string; version: number; lastVerifiedAt?: Date | null };
  /** The listing's public page, linked while it is published. */
  publicPage?: { href: string; published: boolean };
  verifyAction?: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** Shown after the create form redirects here (`?saved=created`), e.g. "School created." */
  createdNotice?: string | null;
  form: React.ReactNode;
  /** Sections between the form and the history (e.g. a school's international applicant counts). */
  extra?: React.ReactNode;
  history: React.ReactNode;
};

export function ListingEditPage<T>({ basePath, listLabel, listing, publicPage, verifyAction, createdNotice, form, extra, history }: Props<T>) {
  const facts: React.ReactNode[] = [];
  if (publicPage) {
    facts.push(
      publicPage.published ? (
        <Link key="public" href={publicPage.href} className="underline">
          View the public page
        </Link>
      ) : (
        'Draft: not shown on the public site.'
      ),
    );
  }
  facts.push(`Version ${listing.version}`);
  if (listing.lastVerifiedAt !== undefined) facts.push(`Last verified ${listing.lastVerifiedAt ? formatDate(listing.lastVerifiedAt) : 'never'}`);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={basePath}>{listLabel}</Link>
        </p>
        <h1 className="text-2xl font-bold">{listing.name}</h1>
        <p className="text-sm text-slate-700">{facts.flatMap((fact, i) => (i === 0 ? [fact] : [' · ', fact]))}</p>
      </div>
      {createdNotice ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {createdNotice}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {verifyAction ? <ActionButton action={verifyAction} fields={{ id: String(listing.id) }} label="Mark verified today" /> : null}
        <Link href={`${basePath}/${listing.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </div>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Details
        </h2>
        {form}
      </section>
      {extra}
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        {history}
      </section>
    </div>
  );
}
