// /admin/articles/[id]/delete — the confirmation step before an article is deleted.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getArticleForEdit } from '@/lib/articles/admin-queries';
import { ActionButton } from '@/components/admin/ActionButton';
import { deleteArticleAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete article' };

export default async function DeleteArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const article = Number.isInteger(id) && id > 0 ? await getArticleForEdit(id) : null;
  if (!article) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Delete {article.title}?</h1>
      <p>This removes the article and its {article.sources.length} sources. The audit log keeps a copy of every field.</p>
      <div className="flex gap-3">
        <ActionButton action={deleteArticleAction} fields={{ id: String(article.id) }} label="Yes, delete this article" tone="danger" />
        <Link href={`/admin/articles/${article.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
