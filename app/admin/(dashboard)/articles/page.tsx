// /admin/articles — every guide article, drafts included: search by title or slug, status filter.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listArticlesForAdmin, parseAdminArticleList } from '@/lib/articles/admin-queries';
import { articleKind } from '@/lib/articles/kind';
import { formatDate } from '@/lib/dates';
import { categoryLabel } from '@/lib/content/categories';
import { AdminListPage, type ListColumn } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Articles' };

const COLUMNS: ListColumn<Awaited<ReturnType<typeof listArticlesForAdmin>>[number]>[] = [
  { label: 'Category', cell: (a) => categoryLabel(a.category) },
  { label: 'Status', cell: (a) => a.status },
  { label: 'Last reviewed', cell: (a) => formatDate(a.lastReviewedAt) },
];

export default async function AdminArticlesPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, ...loaded } = await loadList(searchParams, parseAdminArticleList, listArticlesForAdmin);
  const filters = <ListFilters values={list} searchLabel="Title or slug" />;
  return <AdminListPage {...loaded} title="Articles" kind={articleKind} addLabel="Write an article" filters={filters} nameLabel="Title" columns={COLUMNS} />;
}
