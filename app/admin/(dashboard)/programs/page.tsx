// /admin/programs — every program (drafts too): search, status filter, queues (stale, format unknown), sort.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listProgramsForAdmin, parseAdminProgramList } from '@/lib/programs/admin-queries';
import { formatDate } from '@/lib/dates';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Programs' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProgramsPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminProgramList(params);
  const programs = await listProgramsForAdmin(list);
  const deleted = typeof params.deleted === 'string' ? params.deleted : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Programs</h1>
        <Link href="/admin/programs/new" className="rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:bg-brand-900">
          Add a program
        </Link>
      </div>
      {deleted ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted {deleted}.
        </p>
      ) : null}
      <ListFilters
        values={list}
        searchLabel="Name, provider or slug"
        allLabel="All programs"
        queues={[
          { value: 'stale', label: 'Not verified in 12 months' },
          { value: 'unknown', label: 'Format not published' },
        ]}
      />
      <p className="text-sm text-slate-700">{programs.length} programs</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Country</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Last verified</th>
            <th scope="col" className="p-2">Updated</th>
          </tr>
        </thead>
        <tbody data-testid="admin-programs">
          {programs.map((program) => (
            <tr key={program.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/programs/${program.id}`}>{program.name}</Link>
                <span className="block text-xs text-slate-600">
                  {program.slug} · {program.provider}
                </span>
              </td>
              <td className="p-2">{program.country}</td>
              <td className="p-2">{program.status}</td>
              <td className="p-2">{program.lastVerifiedAt ? formatDate(program.lastVerifiedAt) : 'Never'}</td>
              <td className="p-2">{formatDate(program.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
