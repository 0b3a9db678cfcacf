// /admin/schools/[id] — edit every field of a school, mark it verified, see its history, go to delete.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadForEdit, type EditPageProps } from '@/lib/admin/load-for-edit';
import { getSchoolForEdit } from '@/lib/schools/admin-queries';
import { schoolFormValues } from '@/lib/schools/form-values';
import { schoolKind } from '@/lib/schools/kind';
import { ActionButton } from '@/components/admin/ActionButton';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { Section } from '@/components/admin/Section';
import { updateSchoolAction, verifySchoolAction } from '../actions';
import { deleteIntlCountAction, saveIntlCountAction } from '../intl-count-actions';
import { listSchoolIntlCounts } from '@/lib/schools/intl-counts';
import { IntlCountForm } from '@/components/admin/IntlCountForm';
import { EvidenceSection } from '@/components/admin/EvidenceSection';
import { addEvidenceAction, removeEvidenceAction, updateEvidenceAction } from '../evidence-actions';

export const metadata: Metadata = { title: 'Edit school' };

export default async function EditSchoolPage(props: EditPageProps) {
  await requireRole('editor');
  const { listing: school, page, more: intlCounts } = await loadForEdit(schoolKind, props, getSchoolForEdit, listSchoolIntlCounts);
  return (
    <ListingEditPage
      {...page}
      listing={school}
      publicPage={{ href: `/schools/${school.slug}`, published: school.status === 'published' }}
      verifyAction={verifySchoolAction}
      form={{ action: updateSchoolAction, initial: schoolFormValues(school) }}
      extra={
        <>
          <EvidenceSection
            school={school}
            evidence={school.evidence}
            actions={{ add: addEvidenceAction, update: updateEvidenceAction, remove: removeEvidenceAction }}
          />
          <Section id="counts" title="International applicant counts by cycle">
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
          </Section>
        </>
      }
    />
  );
}
