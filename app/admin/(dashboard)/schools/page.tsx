// /admin/schools — every school (drafts too): search by name or slug, filter by status or queue, sort. The
// Unknowns queue (queue=unknown) also lists the hints: sources that suggest a value for an unknown fact.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { listSchoolsForAdmin, parseAdminSchoolList } from '@/lib/schools/admin-queries';
import { formatDate } from '@/lib/dates';
import { AdminListName, AdminListPage } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';
import { HintList } from '@/components/admin/HintList';
import { listHints } from '@/lib/evidence/queues';
import { acceptHintAction, dismissHintAction } from './evidence-actions';

export const metadata: Metadata = { title: 'Schools' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const QUEUES = {
  all: 'All schools',
  options: [
    { value: 'stale', label: 'Not verified in 12 months' },
    { value: 'unknown', label: 'A policy not published' },
  ],
};

export default async function AdminSchoolsPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminSchoolList(params);
  const [schools, hints] = await Promise.all([listSchoolsForAdmin(list), list.queue === 'unknown' ? listHints() : null]);
  const page = (
    <AdminListPage
      title="Schools"
      add={{ href: '/admin/schools/new', label: 'Add a school' }}
      deleted={params.deleted}
      filters={<ListFilters values={list} searchLabel="Name or slug" queues={QUEUES} sortable />}
      count={`${schools.length} schools`}
      columns={['Name', 'State', 'Status', 'Last verified', 'Updated']}
      testId="admin-schools"
    >
      {schools.map((school) => (
        <tr key={school.id} className="border-b border-slate-200">
          <AdminListName href={`/admin/schools/${school.id}`} name={school.name} detail={school.slug} />
          <td className="p-2">{school.state}</td>
          <td className="p-2">{school.status}</td>
          <td className="p-2">{school.lastVerifiedAt ? formatDate(school.lastVerifiedAt) : 'Never'}</td>
          <td className="p-2">{formatDate(school.updatedAt)}</td>
        </tr>
      ))}
    </AdminListPage>
  );
  if (!hints) return page;
  return (
    <div className="space-y-8">
      {page}
      <HintList hints={hints} accept={acceptHintAction} dismiss={dismissHintAction} />
    </div>
  );
}
