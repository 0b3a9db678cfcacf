// /admin/articles/new — write a guide article (Markdown, with a preview before saving).
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ARTICLE_FORM_FIELDS, emptyArticleValues } from '@/lib/articles/form-fields';
import { createArticleAction } from '../actions';

export const metadata: Metadata = { title: 'Write an article' };

export default async function NewArticlePage() {
  await requireRole('editor');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Write an article</h1>
      <SchoolForm action={createArticleAction} initial={emptyArticleValues()} fields={ARTICLE_FORM_FIELDS} submitLabel="Create article" previewLabel="Preview the body" />
    </div>
  );
}
