// /admin/articles/[id]/delete — the confirmation step before an article is deleted.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadListing, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getArticleForEdit } from '@/lib/articles/admin-queries';
import { articleKind } from '@/lib/articles/kind';
import { ListingDeletePage } from '@/components/admin/ListingDeletePage';
import { deleteArticleAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete article' };

export default async function DeleteArticlePage(props: IdPageProps) {
  await requireRole('editor');
  const article = await loadListing(props, getArticleForEdit);
  return <ListingDeletePage kind={articleKind} listing={{ id: article.id, name: article.title }} action={deleteArticleAction} sources={article.sources.length} />;
}
