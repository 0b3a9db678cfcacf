// /admin/programs — every program (drafts too): search, status filter, queues (stale, format unknown), sort.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listProgramsForAdmin, parseAdminProgramList } from '@/lib/programs/admin-queries';
import { programKind } from '@/lib/programs/kind';
import { AdminListPage, VERIFIED_LISTING_COLUMNS } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Programs' };

const QUEUES = {
  all: 'All programs',
  options: [
    { value: 'stale', label: 'Not verified in 12 months' },
    { value: 'unknown', label: 'Format not published' },
  ],
};

export default async function AdminProgramsPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, rows, deleted } = await loadList(searchParams, parseAdminProgramList, listProgramsForAdmin);
  return (
    <AdminListPage
      title="Programs"
      kind={programKind}
      addLabel="Add a program"
      deleted={deleted}
      filters={<ListFilters values={list} searchLabel="Name, provider or slug" queues={QUEUES} sortable />}
      rows={rows}
      counted
      name={{ label: 'Name', of: (program) => ({ name: program.name, detail: `${program.slug} · ${program.provider}` }) }}
      columns={[{ label: 'Country', cell: (program) => program.country }, ...VERIFIED_LISTING_COLUMNS]}
    />
  );
}
