// /admin/articles/[id] — edit an article (Markdown body with a sanitized preview), see its history, go to delete.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadForEdit, type EditPageProps } from '@/lib/admin/load-for-edit';
import { getArticleForEdit } from '@/lib/articles/admin-queries';
import { ARTICLE_FORM_FIELDS, articleFormValues } from '@/lib/articles/form-fields';
import { articleKind } from '@/lib/articles/kind';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { updateArticleAction } from '../actions';

export const metadata: Metadata = { title: 'Edit article' };

export default async function EditArticlePage(props: EditPageProps) {
  await requireRole('editor');
  const { listing: article, page } = await loadForEdit(articleKind, props, getArticleForEdit);
  const form = { action: updateArticleAction, fields: ARTICLE_FORM_FIELDS, initial: articleFormValues(article), previewLabel: 'Preview the body' };
  const publicPage = { href: `/guides/${article.slug}`, published: article.status === 'published' };
  return <ListingEditPage {...page} listing={{ id: article.id, name: article.title, version: article.version }} publicPage={publicPage} form={form} />;
}
