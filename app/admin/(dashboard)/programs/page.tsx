// /admin/programs — every program (drafts too): search, status filter, queues (stale, format unknown), sort.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listProgramsForAdmin, parseAdminProgramList } from '@/lib/programs/admin-queries';
import { programKind } from '@/lib/programs/kind';
import { AdminListPage, VERIFIED_LISTING_COLUMNS } from '@/components/admin/AdminListPage';
import { ListFilters, STALE_QUEUE } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Programs' };

const QUEUES = { all: 'All programs', options: [STALE_QUEUE, { value: 'unknown', label: 'Format not published' }] };

export default async function AdminProgramsPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, ...loaded } = await loadList(searchParams, parseAdminProgramList, listProgramsForAdmin);
  return (
    <AdminListPage
      {...loaded}
      title="Programs"
      kind={programKind}
      addLabel="Add a program"
      filters={<ListFilters values={list} searchLabel="Name, provider or slug" queues={QUEUES} sortable />}
      counted
      detail={(program) => `${program.slug} · ${program.provider}`}
      columns={[{ label: 'Country', cell: (program) => program.country }, ...VERIFIED_LISTING_COLUMNS]}
    />
  );
}
