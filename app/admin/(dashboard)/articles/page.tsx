// /admin/articles — every guide article, drafts included: search by title or slug, status filter.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listArticlesForAdmin, parseAdminArticleList } from '@/lib/articles/admin-queries';
import { articleKind } from '@/lib/articles/kind';
import { formatDate } from '@/lib/dates';
import { categoryLabel } from '@/lib/content/categories';
import { AdminListPage } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Articles' };

export default async function AdminArticlesPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, rows, deleted } = await loadList(searchParams, parseAdminArticleList, listArticlesForAdmin);
  return (
    <AdminListPage
      title="Articles"
      kind={articleKind}
      addLabel="Write an article"
      deleted={deleted}
      filters={<ListFilters values={list} searchLabel="Title or slug" />}
      rows={rows}
      name={{ label: 'Title', of: (a) => ({ name: a.title, detail: a.slug }) }}
      columns={[
        { label: 'Category', cell: (a) => categoryLabel(a.category) },
        { label: 'Status', cell: (a) => a.status },
        { label: 'Last reviewed', cell: (a) => formatDate(a.lastReviewedAt) },
      ]}
    />
  );
}
