'use server';
// Server actions for program editing; same shape as the school actions (session + role checked in action()).
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, failure, type ActionResult } from '@/lib/admin/action';
import { revalidateAfterSave } from '@/lib/admin/revalidate';
import { programFormSchema } from '@/lib/validation/program-form';
import { createProgram, deleteProgram, markProgramVerified, updateProgram } from '@/lib/programs/mutations';
import type { SchoolWriteResult } from '@/lib/schools/mutations';
import { describeConflictMessage } from '@/lib/schools/conflict-message';
import { PROGRAM_FIELD_LABEL } from '@/lib/programs/form-fields';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const editSchema = z.intersection(programFormSchema, idSchema.extend({ version: z.coerce.number().int().min(1) }));

type Saved = { id: number; slug: string; version: number; changed: string[] };

function refused(result: Exclude<SchoolWriteResult, { ok: true }>, values: Record<string, string>): ActionResult<Saved> {
  if (result.kind === 'slug_taken') return failure('Another program already uses that slug.', values, { slug: 'This slug is taken' });
  if (result.kind === 'not_found') return failure('This program no longer exists (it may have been deleted).', values);
  return { ...failure(describeConflictMessage(result.conflict, PROGRAM_FIELD_LABEL, 'program'), values), conflict: result.conflict.differences.map((d) => d.field) };
}

export const createProgramAction = action(programFormSchema, 'editor', async (input, user, values) => {
  const result = await createProgram(user, input);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  redirect(`/admin/programs/${result.id}?saved=created`);
});

export const updateProgramAction = action(editSchema, 'editor', async ({ id, version, ...input }, user, values) => {
  const result = await updateProgram(user, id, version, input);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  const message = result.changed.length ? `Saved. Changed: ${result.changed.join(', ')}.` : 'Saved (nothing had changed).';
  return { ok: true, data: result, message };
});

export const verifyProgramAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await markProgramVerified(user, id);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  return { ok: true, data: result, message: 'Marked as verified today.' };
});

export const deleteProgramAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await deleteProgram(user, id);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  redirect(`/admin/programs?deleted=${encodeURIComponent(result.slug)}`);
});
