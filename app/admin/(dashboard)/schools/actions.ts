'use server';
// Server actions for school editing. Each goes through action(), which checks the session and role itself;
// the mutations check the actor again and write the row and its audit entry in one transaction.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, failure, type ActionResult } from '@/lib/admin/action';
import { revalidateSchool } from '@/lib/admin/revalidate';
import { schoolFormSchema } from '@/lib/validation/school-form';
import { createSchool, deleteSchool, markSchoolVerified, updateSchool, type SchoolWriteResult } from '@/lib/schools/mutations';
import { describeConflictMessage } from '@/lib/schools/conflict-message';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const editSchema = z.intersection(schoolFormSchema, idSchema.extend({ version: z.coerce.number().int().min(1) }));

type Saved = { id: number; slug: string; version: number; changed: string[] };

function refused(result: Exclude<SchoolWriteResult, { ok: true }>, values: Record<string, string>): ActionResult<Saved> {
  if (result.kind === 'slug_taken') return failure('Another school already uses that slug.', values, { slug: 'This slug is taken' });
  if (result.kind === 'not_found') return failure('This school no longer exists (it may have been deleted).', values);
  return { ...failure(describeConflictMessage(result.conflict), values), conflict: result.conflict.differences.map((d) => d.field) };
}

export const createSchoolAction = action(schoolFormSchema, 'editor', async (input, user, values) => {
  const result = await createSchool(user, input);
  if (!result.ok) return refused(result, values);
  revalidateSchool(result.slug);
  redirect(`/admin/schools/${result.id}?saved=created`);
});

export const updateSchoolAction = action(editSchema, 'editor', async ({ id, version, ...input }, user, values) => {
  const result = await updateSchool(user, id, version, input);
  if (!result.ok) return refused(result, values);
  revalidateSchool(result.slug);
  // The edit page re-renders with the new version, so its source forms stay current.
  revalidatePath(`/admin/schools/${id}`);
  const message = result.changed.length ? `Saved. Changed: ${result.changed.join(', ')}.` : 'Saved (nothing had changed).';
  return { ok: true, data: result, message };
});

export const verifySchoolAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await markSchoolVerified(user, id);
  if (!result.ok) return refused(result, values);
  revalidateSchool(result.slug);
  revalidatePath(`/admin/schools/${id}`);
  return { ok: true, data: result, message: 'Marked as verified today.' };
});

export const deleteSchoolAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await deleteSchool(user, id);
  if (!result.ok) return refused(result, values);
  revalidateSchool(result.slug);
  redirect(`/admin/schools?deleted=${encodeURIComponent(result.slug)}`);
});
