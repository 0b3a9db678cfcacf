// /admin/lenders — every lender, drafts included: search, status filter, stale queue, sort.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listLendersForAdmin, parseAdminLenderList } from '@/lib/lenders/admin-queries';
import { lenderKind } from '@/lib/lenders/kind';
import { AdminListPage, VERIFIED_LISTING_COLUMNS } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Lenders' };

const QUEUES = { all: 'All lenders', options: [{ value: 'stale', label: 'Not verified in 12 months' }] };

export default async function AdminLendersPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, rows, deleted } = await loadList(searchParams, parseAdminLenderList, listLendersForAdmin);
  return (
    <AdminListPage
      title="Lenders"
      kind={lenderKind}
      addLabel="Add a lender"
      deleted={deleted}
      filters={<ListFilters values={list} searchLabel="Name or slug" queues={QUEUES} sortable />}
      rows={rows}
      counted
      name={{ label: 'Name', of: (lender) => ({ name: lender.name, detail: lender.slug }) }}
      columns={VERIFIED_LISTING_COLUMNS}
    />
  );
}
