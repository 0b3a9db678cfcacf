// Managing people: admins invite (a one-time set-password link, hashed, 72 hours), change roles and disable
// accounts; everyone changes their own password. Each write is audited in the same transaction.
import 'server-only';
import { db } from '../db';
import { assertRole, ROLES, type Actor, type Role } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { generateToken, hashToken } from '../auth/tokens';
import { hashPassword, verifyPassword } from '../auth/password';
import { revokeUserSessions } from '../auth/session';
import { clearRateLimit, takeRateLimitSlot } from '../security/rate-limit';

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

export type UserWriteResult =
  | { ok: true; userId: number; token?: string }
  | { ok: false; reason: 'email_taken' | 'not_found' | 'self' | 'invalid_link' | 'wrong_password' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** Guesses at the current password when changing it: as many as sign-in allows one account from one address. */
export const PASSWORD_CHANGE_ATTEMPTS = 5;
export const PASSWORD_CHANGE_WINDOW_MS = 15 * 60 * 1000;

export async function inviteUser(actor: Actor | null, input: { email: string; name: string; role: Role }, now = new Date()): Promise<UserWriteResult> {
  assertRole(actor, 'admin');
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: 'email_taken' };
  const token = generateToken();
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email, name: input.name, role: input.role } });
    await tx.invitation.create({
      data: { tokenHash: hashToken(token), userId: created.id, createdById: actor.id, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), createdAt: now },
    });
    await recordAudit(tx, actor, { action: 'user.invite', entityType: 'user', entityId: created.id, entitySlug: email, after: { email, name: input.name, role: input.role } });
    return created;
  });
  return { ok: true, userId: user.id, token };
}

export async function findOpenInvitation(token: string, now = new Date()) {
  if (!token || token.length > 200) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { id: true, email: true, disabledAt: true } } } });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= now || invitation.user.disabledAt) return null;
  return invitation;
}

export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<UserWriteResult> {
  const invitation = await findOpenInvitation(token, now);
  if (!invitation) return { ok: false, reason: 'invalid_link' };
  const passwordHash = await hashPassword(password);
  const used = await db.$transaction(async (tx) => {
    // Marking it used is conditional, so a link clicked twice at once sets the password once.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash, version: { increment: 1 } } });
    await recordAudit(tx, invitation.user, { action: 'user.set_password', entityType: 'user', entityId: invitation.userId, entitySlug: invitation.user.email, note: 'from invitation' });
    return true;
  });
  if (!used) return { ok: false, reason: 'invalid_link' };
  await revokeUserSessions(invitation.userId, now);
  return { ok: true, userId: invitation.userId };
}

export async function changeUserRole(actor: Actor | null, userId: number, role: Role): Promise<UserWriteResult> {
  assertRole(actor, 'admin');
  if (!ROLES.includes(role)) throw new Error(`unknown role ${role}`);
  if (userId === actor.id) return { ok: false, reason: 'self' };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return { ok: false as const, reason: 'not_found' as const };
    await tx.user.update({ where: { id: userId }, data: { role, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: 'user.role', entityType: 'user', entityId: userId, entitySlug: user.email, before: { role: user.role }, after: { role } });
    return { ok: true as const, userId };
  });
}

export async function setUserDisabled(actor: Actor | null, userId: number, disabled: boolean, now = new Date()): Promise<UserWriteResult> {
  assertRole(actor, 'admin');
  if (userId === actor.id) return { ok: false, reason: 'self' };
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return { ok: false as const, reason: 'not_found' as const };
    const disabledAt = disabled ? now : null;
    await tx.user.update({ where: { id: userId }, data: { disabledAt, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
      entitySlug: user.email,
      before: { disabledAt: user.disabledAt?.toISOString() ?? null },
      after: { disabledAt: disabledAt?.toISOString() ?? null },
    });
    return { ok: true as const, userId };
  });
  if (result.ok && disabled) await revokeUserSessions(userId, now);
  return result;
}

export async function changeOwnPassword(
  actor: Actor | null,
  currentPassword: string,
  newPassword: string,
  keepSessionId?: number,
  now = new Date(),
): Promise<UserWriteResult> {
  assertRole(actor, 'editor');
  // A stolen session must not become an unthrottled oracle for the password: a slot per account is taken
  // before the check, and a success clears the count.
  const key = `password-change:${actor.id}`;
  const slot = await takeRateLimitSlot(key, PASSWORD_CHANGE_ATTEMPTS, PASSWORD_CHANGE_WINDOW_MS, now);
  if (!slot.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: slot.retryAfterSeconds };
  const user = await db.user.findUnique({ where: { id: actor.id }, omit: { passwordHash: false } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) return { ok: false, reason: 'wrong_password' };
  await clearRateLimit(key);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
    // Other devices signed in with the old password are signed out.
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: 'user.change_password', entityType: 'user', entityId: user.id, entitySlug: user.email });
  });
  return { ok: true, userId: user.id };
}

export async function listUsers() {
  return db.user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true, name: true, role: true, disabledAt: true, passwordHash: true, createdAt: true } }).then((users) =>
    users.map(({ passwordHash, ...u }) => ({ ...u, hasPassword: !!passwordHash })),
  );
}
