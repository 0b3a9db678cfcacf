// /admin/schools — every school (drafts too): search by name or slug, filter by status or queue, sort.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listSchoolsForAdmin, parseAdminSchoolList } from '@/lib/schools/admin-queries';
import { formatDate } from '@/lib/dates';

export const metadata: Metadata = { title: 'Schools' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminSchoolsPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminSchoolList(params);
  const schools = await listSchoolsForAdmin(list);
  const deleted = typeof params.deleted === 'string' ? params.deleted : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Schools</h1>
        <Link href="/admin/schools/new" className="rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:bg-brand-900">
          Add a school
        </Link>
      </div>
      {deleted ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted {deleted}.
        </p>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
        <div>
          <label htmlFor="q" className="block font-medium">
            Name or slug
          </label>
          <input id="q" name="q" defaultValue={list.q ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1" />
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={list.status ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1">
            <option value="">Any</option>
            <option value="published">Published</option>
            <option value="draft">Draft</option>
          </select>
        </div>
        <div>
          <label htmlFor="queue" className="block font-medium">
            Queue
          </label>
          <select id="queue" name="queue" defaultValue={list.queue ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1">
            <option value="">All schools</option>
            <option value="stale">Not verified in 12 months</option>
            <option value="unknown">A policy not published</option>
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="block font-medium">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={list.sort} className="mt-1 rounded border border-slate-400 px-2 py-1">
            <option value="name">Name</option>
            <option value="updated">Recently updated</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
          Show
        </button>
      </form>
      <p className="text-sm text-slate-700">{schools.length} schools</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">State</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Last verified</th>
            <th scope="col" className="p-2">Updated</th>
          </tr>
        </thead>
        <tbody data-testid="admin-schools">
          {schools.map((school) => (
            <tr key={school.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/schools/${school.id}`}>{school.name}</Link>
                <span className="block text-xs text-slate-600">{school.slug}</span>
              </td>
              <td className="p-2">{school.state}</td>
              <td className="p-2">{school.status}</td>
              <td className="p-2">{school.lastVerifiedAt ? formatDate(school.lastVerifiedAt) : 'Never'}</td>
              <td className="p-2">{formatDate(school.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
