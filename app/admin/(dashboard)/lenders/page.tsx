// /admin/lenders — every lender, drafts included: search, status filter, stale queue, sort.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { listLendersForAdmin, parseAdminLenderList } from '@/lib/lenders/admin-queries';
import { formatDate } from '@/lib/dates';
import { AdminListName, AdminListPage } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Lenders' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const QUEUES = { all: 'All lenders', options: [{ value: 'stale', label: 'Not verified in 12 months' }] };

export default async function AdminLendersPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminLenderList(params);
  const lenders = await listLendersForAdmin(list);
  return (
    <AdminListPage
      title="Lenders"
      add={{ href: '/admin/lenders/new', label: 'Add a lender' }}
      deleted={params.deleted}
      filters={<ListFilters values={list} searchLabel="Name or slug" queues={QUEUES} sortable />}
      count={`${lenders.length} lenders`}
      columns={['Name', 'Status', 'Last verified', 'Updated']}
      testId="admin-lenders"
    >
      {lenders.map((lender) => (
        <tr key={lender.id} className="border-b border-slate-200">
          <AdminListName href={`/admin/lenders/${lender.id}`} name={lender.name} detail={lender.slug} />
          <td className="p-2">{lender.status}</td>
          <td className="p-2">{lender.lastVerifiedAt ? formatDate(lender.lastVerifiedAt) : 'Never'}</td>
          <td className="p-2">{formatDate(lender.updatedAt)}</td>
        </tr>
      ))}
    </AdminListPage>
  );
}
