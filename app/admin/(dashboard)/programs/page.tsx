// /admin/programs — every program (drafts too): search, status filter, queues (stale, format unknown), sort.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { listProgramsForAdmin, parseAdminProgramList } from '@/lib/programs/admin-queries';
import { formatDate } from '@/lib/dates';
import { AdminListName, AdminListPage } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Programs' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const QUEUES = {
  all: 'All programs',
  options: [
    { value: 'stale', label: 'Not verified in 12 months' },
    { value: 'unknown', label: 'Format not published' },
  ],
};

export default async function AdminProgramsPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminProgramList(params);
  const programs = await listProgramsForAdmin(list);
  return (
    <AdminListPage
      title="Programs"
      add={{ href: '/admin/programs/new', label: 'Add a program' }}
      deleted={params.deleted}
      filters={<ListFilters values={list} searchLabel="Name, provider or slug" queues={QUEUES} sortable />}
      count={`${programs.length} programs`}
      columns={['Name', 'Country', 'Status', 'Last verified', 'Updated']}
      testId="admin-programs"
    >
      {programs.map((program) => (
        <tr key={program.id} className="border-b border-slate-200">
          <AdminListName href={`/admin/programs/${program.id}`} name={program.name} detail={`${program.slug} · ${program.provider}`} />
          <td className="p-2">{program.country}</td>
          <td className="p-2">{program.status}</td>
          <td className="p-2">{program.lastVerifiedAt ? formatDate(program.lastVerifiedAt) : 'Never'}</td>
          <td className="p-2">{formatDate(program.updatedAt)}</td>
        </tr>
      ))}
    </AdminListPage>
  );
}
