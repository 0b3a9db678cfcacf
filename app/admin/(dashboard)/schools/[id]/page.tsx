// /admin/schools/[id] — edit every field of a school, mark it verified, see its history, go to delete.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getSchoolForEdit } from '@/lib/schools/admin-queries';
import { schoolFormValues } from '@/lib/schools/form-values';
import { SCHOOL_FIELD_LABEL } from '@/lib/schools/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { formatDate } from '@/lib/dates';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ActionButton } from '@/components/admin/ActionButton';
import { History } from '@/components/admin/History';
import { updateSchoolAction, verifySchoolAction } from '../actions';
import { deleteIntlCountAction, saveIntlCountAction } from '../intl-count-actions';
import { listSchoolIntlCounts } from '@/lib/schools/intl-counts';
import { IntlCountForm } from '@/components/admin/IntlCountForm';

export const metadata: Metadata = { title: 'Edit school' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditSchoolPage({ params, searchParams }: Props) {
  await requireRole('editor');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const school = await getSchoolForEdit(id);
  if (!school) notFound();
  const [history, intlCounts] = await Promise.all([listEntityHistory('school', id), listSchoolIntlCounts(id)]);
  const created = (await searchParams).saved === 'created';
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/schools">All schools</Link>
        </p>
        <h1 className="text-2xl font-bold">{school.name}</h1>
        <p className="text-sm text-slate-700">
          {school.status === 'published' ? (
            <Link href={`/schools/${school.slug}`} className="underline">
              View the public page
            </Link>
          ) : (
            'Draft: not shown on the public site.'
          )}{' '}
          · Version {school.version} · Last verified {school.lastVerifiedAt ? formatDate(school.lastVerifiedAt) : 'never'}
        </p>
      </div>
      {created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          School created.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <ActionButton action={verifySchoolAction} fields={{ id: String(school.id) }} label="Mark verified today" />
        <Link href={`/admin/schools/${school.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </div>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Details
        </h2>
        <SchoolForm
          action={updateSchoolAction}
          initial={schoolFormValues(school)}
          hidden={{ id: String(school.id), version: String(school.version) }}
          submitLabel="Save changes"
        />
      </section>
      <section aria-labelledby="counts-heading" className="space-y-3">
        <h2 id="counts-heading" className="text-lg font-semibold">
          International applicant counts by cycle
        </h2>
        {intlCounts.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Published international applicant counts for this school</caption>
            <thead>
              <tr>
                <th scope="col">Cycle</th>
                <th scope="col">Applicants</th>
                <th scope="col">Accepted</th>
                <th scope="col">Matriculated</th>
                <th scope="col">Source</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {intlCounts.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <th scope="row">{row.cycle}</th>
                  <td>{row.applicants ?? '—'}</td>
                  <td>{row.accepted ?? '—'}</td>
                  <td>{row.matriculated ?? '—'}</td>
                  <td>
                    <a href={row.sourceUrl} className="underline">
                      source
                    </a>{' '}
                    ({row.asOf})
                  </td>
                  <td>
                    <ActionButton action={deleteIntlCountAction} fields={{ school_id: String(school.id), count_id: String(row.id) }} label={`Remove ${row.cycle}`} tone="danger" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-700">No published counts recorded for this school.</p>
        )}
        <IntlCountForm action={saveIntlCountAction} schoolId={school.id} />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <History entries={history} labels={SCHOOL_FIELD_LABEL} />
      </section>
    </div>
  );
}
