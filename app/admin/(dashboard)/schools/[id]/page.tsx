// /admin/schools/[id] — edit every field of a school, mark it verified, see its history, go to delete.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getSchoolForEdit } from '@/lib/schools/admin-queries';
import { schoolFormValues } from '@/lib/schools/form-values';
import { SCHOOL_FIELD_LABEL } from '@/lib/schools/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ActionButton } from '@/components/admin/ActionButton';
import { History } from '@/components/admin/History';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { updateSchoolAction, verifySchoolAction } from '../actions';
import { deleteIntlCountAction, saveIntlCountAction } from '../intl-count-actions';
import { listSchoolIntlCounts } from '@/lib/schools/intl-counts';
import { IntlCountForm } from '@/components/admin/IntlCountForm';
import { EvidenceSection } from '@/components/admin/EvidenceSection';
import { addEvidenceAction, removeEvidenceAction, updateEvidenceAction } from '../evidence-actions';

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
    <ListingEditPage
      basePath="/admin/schools"
      listLabel="All schools"
      listing={school}
      publicPage={{ href: `/schools/${school.slug}`, published: school.status === 'published' }}
      verifyAction={verifySchoolAction}
      createdNotice={created ? 'School created.' : null}
      form={
        <SchoolForm
          action={updateSchoolAction}
          initial={schoolFormValues(school)}
          hidden={{ id: String(school.id), version: String(school.version) }}
          submitLabel="Save changes"
        />
      }
      extra={
        <>
          <EvidenceSection
            school={school}
            evidence={school.evidence}
            actions={{ add: addEvidenceAction, update: updateEvidenceAction, remove: removeEvidenceAction }}
          />
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
        </>
      }
      history={<History entries={history} labels={SCHOOL_FIELD_LABEL} />}
    />
  );
}
