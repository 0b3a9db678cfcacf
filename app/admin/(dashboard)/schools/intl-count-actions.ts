'use server';
// Server actions for a school's international applicant counts. action() checks the session and role; the
// mutations check the actor again and audit in the same transaction.
import { z } from 'zod';
import { action, failure } from '@/lib/admin/action';
import { revalidateSchool } from '@/lib/admin/revalidate';
import { intlCountRowSchema } from '@/lib/validation/intl-count';
import { deleteSchoolIntlCount, saveSchoolIntlCount } from '@/lib/schools/intl-counts';

const saveSchema = z.intersection(
  z.object({ school_id: z.coerce.number().int().positive() }),
  // The scope is always the school's own slug, set on the server; the form cannot choose it.
  z.preprocess((raw) => ({ ...(raw as object), scope: 'school' }), intlCountRowSchema),
);
const deleteSchema = z.object({ school_id: z.coerce.number().int().positive(), count_id: z.coerce.number().int().positive() });

export const saveIntlCountAction = action(saveSchema, 'editor', async (input, user, values) => {
  const { school_id: schoolId, scope: _scope, ...counts } = input;
  const result = await saveSchoolIntlCount(user, schoolId, counts);
  if (!result.ok) return failure('This school no longer exists.', values);
  revalidateSchool(result.slug);
  return { ok: true, data: null, message: `Saved the counts for ${counts.cycle}.` };
});

export const deleteIntlCountAction = action(deleteSchema, 'editor', async ({ school_id, count_id }, user, values) => {
  const result = await deleteSchoolIntlCount(user, school_id, count_id);
  if (!result.ok) return failure('Those counts were already removed.', values);
  revalidateSchool(result.slug);
  return { ok: true, data: null, message: 'Removed.' };
});
