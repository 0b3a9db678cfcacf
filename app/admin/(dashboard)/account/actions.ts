'use server';
// Change your own password (audited, 5 guesses at the current one per 15 minutes); your other sessions are
// signed out. Passwords never come back in the form's result (lib/admin/action.ts drops them).
import { z } from 'zod';
import { action, failure } from '@/lib/admin/action';
import { passwordSchema } from '@/lib/auth/password';
import { getSession } from '@/lib/auth/session';
import { changeOwnPassword } from '@/lib/users/mutations';

const schema = z
  .object({ current: z.string().min(1, 'Enter your current password'), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two new passwords differ' });

export const changePasswordAction = action(schema, 'editor', async ({ current, password }, user, values) => {
  const session = await getSession();
  const result = await changeOwnPassword(user, current, password, session?.sessionId);
  if (!result.ok && result.reason === 'throttled') {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return failure(`Too many attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`, values);
  }
  if (!result.ok) return failure('Your current password is not right.', values, { current: 'Not your current password' });
  return { ok: true, data: null, message: 'Password changed. Other devices were signed out.' };
});
