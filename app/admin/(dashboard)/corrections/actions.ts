'use server';
// Closing a reader's correction (resolve or dismiss, with a note). Session and role checked in action().
import { action, failure } from '@/lib/admin/action';
import { revalidateAfterSave } from '@/lib/admin/revalidate';
import { resolveCorrectionSchema } from '@/lib/validation/correction';
import { resolveCorrection } from '@/lib/corrections/mutations';

export const resolveCorrectionAction = action(resolveCorrectionSchema, 'editor', async (input, user, values) => {
  const result = await resolveCorrection(user, input);
  if (!result.ok) {
    return failure(result.kind === 'not_found' ? 'This report no longer exists.' : `Someone already closed this report (${result.status}).`, values);
  }
  revalidateAfterSave();
  return { ok: true, data: result, message: input.status === 'resolved' ? 'Marked as resolved.' : 'Dismissed.' };
});
