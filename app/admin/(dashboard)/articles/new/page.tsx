// /admin/articles/new — write a guide article (Markdown, with a preview before saving).
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { ARTICLE_FORM_FIELDS, emptyArticleValues } from '@/lib/articles/form-fields';
import { articleKind } from '@/lib/articles/kind';
import { ListingNewPage } from '@/components/admin/ListingNewPage';
import { createArticleAction } from '../actions';

export const metadata: Metadata = { title: 'Write an article' };

export default async function NewArticlePage() {
  await requireRole('editor');
  return <ListingNewPage kind={articleKind} title="Write an article" action={createArticleAction} initial={emptyArticleValues()} fields={ARTICLE_FORM_FIELDS} previewLabel="Preview the body" />;
}
