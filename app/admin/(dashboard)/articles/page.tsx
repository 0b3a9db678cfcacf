// /admin/articles — every guide article, drafts included: search by title or slug, status filter.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listArticlesForAdmin, parseAdminArticleList } from '@/lib/articles/admin-queries';
import { formatDate } from '@/lib/dates';
import { categoryLabel } from '@/lib/content/categories';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminArticlesPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminArticleList(params);
  const articles = await listArticlesForAdmin(list);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:bg-brand-900">
          Write an article
        </Link>
      </div>
      {typeof params.deleted === 'string' ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted {params.deleted}.
        </p>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
        <div>
          <label htmlFor="q" className="block font-medium">
            Title or slug
          </label>
          <input id="q" name="q" defaultValue={list.q ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1" />
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={list.status ?? ''} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1">
            <option value="">Any</option>
            <option value="published">Published</option>
            <option value="draft">Draft</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
          Show
        </button>
      </form>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">Title</th>
            <th scope="col" className="p-2">Category</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Last reviewed</th>
          </tr>
        </thead>
        <tbody data-testid="admin-articles">
          {articles.map((a) => (
            <tr key={a.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
                <span className="block text-xs text-slate-600">{a.slug}</span>
              </td>
              <td className="p-2">{categoryLabel(a.category)}</td>
              <td className="p-2">{a.status}</td>
              <td className="p-2">{formatDate(a.lastReviewedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
