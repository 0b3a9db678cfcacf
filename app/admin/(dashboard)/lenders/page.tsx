// /admin/lenders — every lender, drafts included: search, status filter, stale queue, sort.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listLendersForAdmin, parseAdminLenderList } from '@/lib/lenders/admin-queries';
import { ListFilters } from '@/components/admin/ListFilters';
import { formatDate } from '@/lib/dates';

export const metadata: Metadata = { title: 'Lenders' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminLendersPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const deleted = params.deleted;
  const list = parseAdminLenderList(params);
  const lenders = await listLendersForAdmin(list);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Lenders</h1>
        <Link href="/admin/lenders/new" className="rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:bg-brand-900">
          Add a lender
        </Link>
      </div>
      {typeof deleted === 'string' ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted {deleted}.
        </p>
      ) : null}
      <ListFilters values={list} searchLabel="Name or slug" allLabel="All lenders" queues={[{ value: 'stale', label: 'Not verified in 12 months' }]} />
      <p className="text-sm text-slate-700">{lenders.length} lenders</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Last verified</th>
            <th scope="col" className="p-2">Updated</th>
          </tr>
        </thead>
        <tbody data-testid="admin-lenders">
          {lenders.map((lender) => (
            <tr key={lender.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/lenders/${lender.id}`}>{lender.name}</Link>
                <span className="block text-xs text-slate-600">{lender.slug}</span>
              </td>
              <td className="p-2">{lender.status}</td>
              <td className="p-2">{lender.lastVerifiedAt ? formatDate(lender.lastVerifiedAt) : 'Never'}</td>
              <td className="p-2">{formatDate(lender.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
