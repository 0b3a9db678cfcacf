'use server';
// Server actions for guide articles; same shape as the school actions (session + role checked in action()).
// The edit form's "Preview" button renders the typed Markdown through lib/content/markdown.ts without saving.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, failure, type ActionResult } from '@/lib/admin/action';
import { revalidateAfterSave } from '@/lib/admin/revalidate';
import { articleFormSchema } from '@/lib/validation/article-form';
import { createArticle, deleteArticle, updateArticle } from '@/lib/articles/mutations';
import type { SchoolWriteResult } from '@/lib/schools/mutations';
import { describeConflictMessage } from '@/lib/schools/conflict-message';
import { ARTICLE_FIELD_LABEL } from '@/lib/articles/form-fields';
import { renderMarkdown } from '@/lib/content/markdown';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const editSchema = z.intersection(articleFormSchema, idSchema.extend({ version: z.coerce.number().int().min(1) }));

function refused(result: Exclude<SchoolWriteResult, { ok: true }>, values: Record<string, string>): ActionResult {
  if (result.kind === 'slug_taken') return failure('Another article already uses that slug.', values, { slug: 'This slug is taken' });
  if (result.kind === 'not_found') return failure('This article no longer exists (it may have been deleted).', values);
  return { ...failure(describeConflictMessage(result.conflict, ARTICLE_FIELD_LABEL, 'article'), values), conflict: result.conflict.differences.map((d) => d.field) };
}

const preview = action(z.object({ body: z.string().max(200_000, 'Body is too long') }), 'editor', async ({ body }, _user, values) => ({
  ok: true,
  data: { previewHtml: renderMarkdown(body).html, values },
  message: 'Preview below. Nothing has been saved yet.',
}));

const create = action(articleFormSchema, 'editor', async (input, user, values) => {
  const result = await createArticle(user, input);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  redirect(`/admin/articles/${result.id}?saved=created`);
});

const update = action(editSchema, 'editor', async ({ id, version, ...input }, user, values) => {
  const result = await updateArticle(user, id, version, input);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  return { ok: true, data: result, message: result.changed.length ? `Saved. Changed: ${result.changed.join(', ')}.` : 'Saved (nothing had changed).' };
});

export async function createArticleAction(previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return formData.get('intent') === 'preview' ? preview(null, formData) : create(previous, formData);
}

export async function updateArticleAction(previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return formData.get('intent') === 'preview' ? preview(null, formData) : update(previous, formData);
}

export const deleteArticleAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await deleteArticle(user, id);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  redirect(`/admin/articles?deleted=${encodeURIComponent(result.slug)}`);
});
