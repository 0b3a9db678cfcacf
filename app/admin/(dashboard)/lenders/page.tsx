// /admin/lenders — every lender, drafts included: search, status filter, stale queue, sort.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listLendersForAdmin, parseAdminLenderList } from '@/lib/lenders/admin-queries';
import { lenderKind } from '@/lib/lenders/kind';
import { AdminListPage, VERIFIED_LISTING_COLUMNS } from '@/components/admin/AdminListPage';
import { ListFilters, STALE_QUEUE } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Lenders' };

export default async function AdminLendersPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, ...loaded } = await loadList(searchParams, parseAdminLenderList, listLendersForAdmin);
  const filters = <ListFilters values={list} searchLabel="Name or slug" queues={{ all: 'All lenders', options: [STALE_QUEUE] }} sortable />;
  return <AdminListPage {...loaded} title="Lenders" kind={lenderKind} addLabel="Add a lender" filters={filters} counted columns={VERIFIED_LISTING_COLUMNS} />;
}
