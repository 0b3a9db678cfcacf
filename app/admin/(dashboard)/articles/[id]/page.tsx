// /admin/articles/[id] — edit an article (Markdown body with a sanitized preview), see its history, go to delete.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getArticleForEdit } from '@/lib/articles/admin-queries';
import { ARTICLE_FIELD_LABEL, ARTICLE_FORM_FIELDS, articleFormValues } from '@/lib/articles/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { History } from '@/components/admin/History';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
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
    <ListingEditPage
      basePath="/admin/articles"
      listLabel="All articles"
      listing={{ id: article.id, name: article.title, version: article.version }}
      publicPage={{ href: `/guides/${article.slug}`, published: article.status === 'published' }}
      createdNotice={created ? 'Article created.' : null}
      form={
        <SchoolForm
          action={updateArticleAction}
          initial={articleFormValues(article)}
          fields={ARTICLE_FORM_FIELDS}
          hidden={{ id: String(article.id), version: String(article.version) }}
          submitLabel="Save changes"
          previewLabel="Preview the body"
        />
      }
      history={<History entries={history} labels={ARTICLE_FIELD_LABEL} />}
    />
  );
}
