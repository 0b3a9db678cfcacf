// The edit page every listing kind shares: back link, name, public page (or "draft"), version and verification
// date, the one-time "created" notice, "Mark verified today" (for listings that are verified) and "Delete…",
// the edit form, any extra sections, then the history. Pages pass what lib/admin/load-for-edit.ts loaded, the
// form's action, fields and values, and their own actions.
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { FormAction } from '@/lib/admin/action';
import type { FormFieldSpec } from '@/lib/schools/form-fields';
import { ActionButton } from './ActionButton';
import { History, type HistoryEntry } from './History';
import { Section } from './Section';
import { SchoolForm } from './SchoolForm';

type Props<V, F> = {
  /** The listing kind (lib/<kind>/kind.ts): "All <noun>s" links to adminPath; the history shows its labels. */
  kind: { noun: string; adminPath: string; labels: Record<string, string> };
  /** lastVerifiedAt undefined: the listing has no verification date (articles, events). */
  listing: { id: number; name: string; version: number; lastVerifiedAt?: Date | null };
  /** The listing's public page, linked while it is published. */
  publicPage?: { href: string; published: boolean };
  verifyAction?: FormAction<V>;
  /** The create form redirected here (`?saved=created`): shows "<Noun> created." once. */
  created?: boolean;
  /** The edit form; `fields` defaults to the school's (SchoolForm). */
  form: { action: FormAction<F>; initial: Record<string, string>; fields?: FormFieldSpec[]; previewLabel?: string };
  /** Sections between the form and the history (e.g. a school's international applicant counts). */
  extra?: React.ReactNode;
  history: HistoryEntry[];
};

export function ListingEditPage<V, F>({ kind, listing, publicPage, verifyAction, created, form, extra, history }: Props<V, F>) {
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
          <Link href={kind.adminPath}>{`All ${kind.noun}s`}</Link>
        </p>
        <h1 className="text-2xl font-bold">{listing.name}</h1>
        <p className="text-sm text-slate-700">{facts.flatMap((fact, i) => (i === 0 ? [fact] : [' · ', fact]))}</p>
      </div>
      {created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {`${kind.noun[0].toUpperCase()}${kind.noun.slice(1)} created.`}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {verifyAction ? <ActionButton action={verifyAction} fields={{ id: String(listing.id) }} label="Mark verified today" /> : null}
        <Link href={`${kind.adminPath}/${listing.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </div>
      <Section id="edit" title="Details">
        <SchoolForm
          action={form.action}
          initial={form.initial}
          fields={form.fields}
          hidden={{ id: String(listing.id), version: String(listing.version) }}
          submitLabel="Save changes"
          previewLabel={form.previewLabel}
        />
      </Section>
      {extra}
      <Section id="history" title="History">
        <History entries={history} labels={kind.labels} />
      </Section>
    </div>
  );
}
