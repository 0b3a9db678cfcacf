'use server';
// Server actions for lender editing; same shape as the school actions (session + role checked in action()).
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, failure, type ActionResult } from '@/lib/admin/action';
import { revalidateLenders } from '@/lib/admin/revalidate';
import { lenderFormSchema } from '@/lib/validation/lender-form';
import { createLender, deleteLender, markLenderVerified, updateLender } from '@/lib/lenders/mutations';
import type { SchoolWriteResult } from '@/lib/schools/mutations';
import { describeConflictMessage } from '@/lib/schools/conflict-message';
import { LENDER_FIELD_LABEL } from '@/lib/lenders/form-fields';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const editSchema = z.intersection(lenderFormSchema, idSchema.extend({ version: z.coerce.number().int().min(1) }));

type Saved = { id: number; slug: string; version: number; changed: string[] };

function refused(result: Exclude<SchoolWriteResult, { ok: true }>, values: Record<string, string>): ActionResult<Saved> {
  if (result.kind === 'slug_taken') return failure('Another lender already uses that slug.', values, { slug: 'This slug is taken' });
  if (result.kind === 'not_found') return failure('This lender no longer exists (it may have been deleted).', values);
  return { ...failure(describeConflictMessage(result.conflict, LENDER_FIELD_LABEL, 'lender'), values), conflict: result.conflict.differences.map((d) => d.field) };
}

export const createLenderAction = action(lenderFormSchema, 'editor', async (input, user, values) => {
  const result = await createLender(user, input);
  if (!result.ok) return refused(result, values);
  revalidateLenders();
  redirect(`/admin/lenders/${result.id}?saved=created`);
});

export const updateLenderAction = action(editSchema, 'editor', async ({ id, version, ...input }, user, values) => {
  const result = await updateLender(user, id, version, input);
  if (!result.ok) return refused(result, values);
  revalidateLenders();
  const message = result.changed.length ? `Saved. Changed: ${result.changed.join(', ')}.` : 'Saved (nothing had changed).';
  return { ok: true, data: result, message };
});

export const verifyLenderAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await markLenderVerified(user, id);
  if (!result.ok) return refused(result, values);
  revalidateLenders();
  return { ok: true, data: result, message: 'Marked as verified today.' };
});

export const deleteLenderAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await deleteLender(user, id);
  if (!result.ok) return refused(result, values);
  revalidateLenders();
  redirect(`/admin/lenders?deleted=${encodeURIComponent(result.slug)}`);
});
