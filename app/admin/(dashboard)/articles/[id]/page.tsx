// /admin/articles/[id] — edit an article (Markdown body with a sanitized preview), see its history, go to delete.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getArticleForEdit } from '@/lib/articles/admin-queries';
import { ARTICLE_FIELD_LABEL, ARTICLE_FORM_FIELDS, articleFormValues } from '@/lib/articles/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { History } from '@/components/admin/History';
import { updateArticleAction } from '../actions';

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  await requireRole('editor');
  const id = Number((await params).id);
  const article = Number.isInteger(id) && id > 0 ? await getArticleForEdit(id) : null;
  if (!article) notFound();
  const history = await listEntityHistory('article', id);
  const created = (await searchParams).saved === 'created';
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/articles">All articles</Link>
        </p>
        <h1 className="text-2xl font-bold">{article.title}</h1>
        <p className="text-sm text-slate-700">
          {article.status === 'published' ? (
            <Link href={`/guides/${article.slug}`} className="underline">
              View the public page
            </Link>
          ) : (
            'Draft: not shown on the public site.'
          )}{' '}
          · Version {article.version}
        </p>
      </div>
      {created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Article created.
        </p>
      ) : null}
      <p>
        <Link href={`/admin/articles/${article.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </p>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Details
        </h2>
        <SchoolForm
          action={updateArticleAction}
          initial={articleFormValues(article)}
          fields={ARTICLE_FORM_FIELDS}
          hidden={{ id: String(article.id), version: String(article.version) }}
          submitLabel="Save changes"
          previewLabel="Preview the body"
        />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <History entries={history} labels={ARTICLE_FIELD_LABEL} />
      </section>
    </div>
  );
}
