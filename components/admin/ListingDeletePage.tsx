// The confirmation step before a listing is deleted: "Delete <name>?", what goes with it (the page's words),
// the delete button and a way back to the edit page.
import Link from 'next/link';
import type { FormAction } from '@/lib/admin/action';
import { ActionButton } from './ActionButton';

type Props<T> = {
  kind: { noun: string; adminPath: string };
  listing: { id: number; name: string };
  action: FormAction<T>;
} & (
  | { /** The paragraph's words: what the delete removes. */ removes: React.ReactNode }
  | { /** The usual paragraph: "This removes the <noun> and its <n> sources. …" */ sources: number }
);

export function ListingDeletePage<T>({ kind, listing, action, ...what }: Props<T>) {
  // The sentence's first part is one string, as the pages wrote it before: the same text nodes in the HTML.
  const removes =
    'removes' in what ? (
      what.removes
    ) : (
      <>
        {`This removes the ${kind.noun} and its `}
        {what.sources}
        {' sources. The audit log keeps a copy of every field.'}
      </>
    );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Delete {listing.name}?</h1>
      <p>{removes}</p>
      <div className="flex gap-3">
        <ActionButton action={action} fields={{ id: String(listing.id) }} label={`Yes, delete this ${kind.noun}`} tone="danger" />
        <Link href={`${kind.adminPath}/${listing.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
