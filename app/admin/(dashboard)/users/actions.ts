'use server';
// Server actions for managing users (admins only; each checked in action() and again in the mutation).
import { z } from 'zod';
import { action, failure } from '@/lib/admin/action';
import { ROLES } from '@/lib/auth/roles';
import { siteUrl } from '@/lib/site';
import { changeUserRole, inviteUser, setUserDisabled } from '@/lib/users/mutations';
import { revalidatePath } from 'next/cache';

const inviteSchema = z.object({
  email: z.email('Enter a valid email address').trim().toLowerCase().max(254),
  name: z.string().trim().max(100).default(''),
  role: z.enum(ROLES, { error: 'Choose admin or editor' }),
});
const idSchema = z.object({ id: z.coerce.number().int().positive() });

export const inviteUserAction = action(inviteSchema, 'admin', async (input, user, values) => {
  const result = await inviteUser(user, input);
  if (!result.ok) return failure('A user with that email already exists.', values, { email: 'Already a user' });
  revalidatePath('/admin/users');
  return {
    ok: true,
    data: { link: `${siteUrl()}/admin/invite/${result.token}` },
    message: `Invited ${input.email}. Send them this link (valid 72 hours, shown only once):`,
  };
});

export const changeRoleAction = action(idSchema.extend({ role: z.enum(ROLES) }), 'admin', async ({ id, role }, user, values) => {
  const result = await changeUserRole(user, id, role);
  if (!result.ok) return failure(result.reason === 'self' ? 'You cannot change your own role.' : 'No such user.', values);
  revalidatePath('/admin/users');
  return { ok: true, data: null, message: `Role changed to ${role}.` };
});

export const setDisabledAction = action(idSchema.extend({ disabled: z.enum(['1', '0']) }), 'admin', async ({ id, disabled }, user, values) => {
  const result = await setUserDisabled(user, id, disabled === '1');
  if (!result.ok) return failure(result.reason === 'self' ? 'You cannot disable yourself.' : 'No such user.', values);
  revalidatePath('/admin/users');
  return { ok: true, data: null, message: disabled === '1' ? 'Disabled; their sessions are signed out.' : 'Enabled.' };
});
