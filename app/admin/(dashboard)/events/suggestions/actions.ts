'use server';
// Closing a visitor's event suggestion (resolve = listed or handled, dismiss), with a note. Session and role
// checked in action().
import { action, failure } from '@/lib/admin/action';
import { resolveCorrectionSchema } from '@/lib/validation/correction';
import { closeEventSuggestion } from '@/lib/events/suggestions';

export const closeEventSuggestionAction = action(resolveCorrectionSchema, 'editor', async (input, user, values) => {
  const result = await closeEventSuggestion(user, input);
  if (!result.ok) {
    return failure(result.kind === 'not_found' ? 'This suggestion no longer exists.' : `Someone already closed this suggestion (${result.status}).`, values);
  }
  return { ok: true, data: result, message: input.status === 'resolved' ? 'Marked as handled.' : 'Dismissed.' };
});
