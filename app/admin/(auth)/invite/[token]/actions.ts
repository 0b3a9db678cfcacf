'use server';
// Setting a password from an invitation link: authenticated by the one-time token, not by a session.
import { z } from 'zod';
import { failure, formValues, type ActionResult } from '@/lib/admin/action';
import { passwordSchema } from '@/lib/auth/password';
import { fieldErrors } from '@/lib/validation/format-issues';
import { acceptInvitation } from '@/lib/users/mutations';

const schema = z
  .object({ token: z.string().min(1).max(200), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ' });

export async function acceptInviteAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return failure('Please correct the highlighted fields.', { ...values, password: '', confirm: '' }, fieldErrors(parsed.error));
  const result = await acceptInvitation(parsed.data.token, parsed.data.password);
  if (!result.ok) return failure('This link has expired or was already used. Ask an admin for a new one.', {});
  return { ok: true, data: null, message: 'Your password is set. You can now sign in at /admin/login.' };
}
