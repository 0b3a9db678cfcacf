// The frame every listing's edit page shares: back link, name, version and verification date, "Mark verified
// today" and "Delete…", the edit form, then the history. Pages pass their form and their own action.
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { ActionResult } from '@/lib/admin/action';
import { ActionButton } from './ActionButton';

type Props<T> = {
  /** e.g. "/admin/lenders" */
  basePath: string;
  listLabel: string;
  listing: { id: number; name: string; version: number; lastVerifiedAt: Date | null };
  verifyAction: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  form: React.ReactNode;
  history: React.ReactNode;
};

export function ListingEditPage<T>({ basePath, listLabel, listing, verifyAction, form, history }: Props<T>) {
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={basePath}>{listLabel}</Link>
        </p>
        <h1 className="text-2xl font-bold">{listing.name}</h1>
        <p className="text-sm text-slate-700">
          Version {listing.version} · Last verified {listing.lastVerifiedAt ? formatDate(listing.lastVerifiedAt) : 'never'}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <ActionButton action={verifyAction} fields={{ id: String(listing.id) }} label="Mark verified today" />
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
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        {history}
      </section>
    </div>
  );
}
