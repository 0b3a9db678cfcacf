'use server';
// Server actions for guide articles, built from the article kind by listingActions
// (lib/admin/listing-actions.ts); each goes through action(), which checks the session and role. The edit
// form's "Preview" button renders the typed Markdown through lib/content/markdown.ts without saving.
import { z } from 'zod';
import { action, type ActionResult } from '@/lib/admin/action';
import { listingActions } from '@/lib/admin/listing-actions';
import { articleKind } from '@/lib/articles/kind';
import { renderMarkdown } from '@/lib/content/markdown';

const article = listingActions(articleKind);

const preview = action(z.object({ body: z.string().max(200_000, 'Body is too long') }), 'editor', async ({ body }, _user, values) => ({
  ok: true,
  data: { previewHtml: renderMarkdown(body).html, values },
  message: 'Preview below. Nothing has been saved yet.',
}));

// One form runs both the preview and the save, so its state is either result; action() never reads it.
type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
const create = action(...article.create) as FormAction;
const update = action(...article.update) as FormAction;

export async function createArticleAction(previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return formData.get('intent') === 'preview' ? preview(null, formData) : create(previous, formData);
}

export async function updateArticleAction(previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return formData.get('intent') === 'preview' ? preview(null, formData) : update(previous, formData);
}

export const deleteArticleAction = action(...article.remove);
