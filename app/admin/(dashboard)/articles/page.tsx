// /admin/articles — every guide article, drafts included: search by title or slug, status filter.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { listArticlesForAdmin, parseAdminArticleList } from '@/lib/articles/admin-queries';
import { formatDate } from '@/lib/dates';
import { categoryLabel } from '@/lib/content/categories';
import { AdminListName, AdminListPage } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminArticlesPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminArticleList(params);
  const articles = await listArticlesForAdmin(list);
  return (
    <AdminListPage
      title="Articles"
      add={{ href: '/admin/articles/new', label: 'Write an article' }}
      deleted={params.deleted}
      filters={<ListFilters values={list} searchLabel="Title or slug" />}
      columns={['Title', 'Category', 'Status', 'Last reviewed']}
      testId="admin-articles"
    >
      {articles.map((a) => (
        <tr key={a.id} className="border-b border-slate-200">
          <AdminListName href={`/admin/articles/${a.id}`} name={a.title} detail={a.slug} />
          <td className="p-2">{categoryLabel(a.category)}</td>
          <td className="p-2">{a.status}</td>
          <td className="p-2">{formatDate(a.lastReviewedAt)}</td>
        </tr>
      ))}
    </AdminListPage>
  );
}
