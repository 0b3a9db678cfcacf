// Users: invitations (one-time, hashed, 72 h), roles, disabling, own password — and that editors and anonymous
// callers are refused by every user action and mutation without writing anything. Both databases.
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { user, useTestDatabase } from '../support/use-test-database';
import { createUser } from '@/lib/factories';
import { formData } from '../support/form-data';
import { mockRequest } from '../support/next-mocks';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

describe.each(PROVIDERS)('users on %s', (provider) => {
  const { database, users, actions, session, admin, editor } = useTestDatabase(provider, {
    users: () => import('@/lib/users/mutations'), actions: () => import('@/app/admin/(dashboard)/users/actions'), session: () => import('@/lib/auth/session'),
    admin: user('boss@example.test', 'admin'), editor: user('ed@example.test'),
  });

  it('an invitation link sets the password once, stores only a hash, and expires after 72 hours', async () => {
    const t0 = new Date();
    const invited = await users.inviteUser(admin, { email: 'New@Example.test', name: 'New', role: 'editor' }, t0);
    if (!invited.ok || !invited.token) throw new Error('invite failed');
    const row = await database.db.invitation.findFirstOrThrow({ where: { userId: invited.userId } });
    expect(row.tokenHash).not.toContain(invited.token);
    expect(row.expiresAt.getTime() - t0.getTime()).toBe(72 * 3600 * 1000);
    expect(await users.inviteUser(admin, { email: 'new@example.test', name: '', role: 'editor' })).toEqual({ ok: false, reason: 'email_taken' });
    expect(await users.acceptInvitation(invited.token, 'a-new-password-123', new Date(t0.getTime() + 73 * 3600 * 1000))).toEqual({ ok: false, reason: 'invalid_link' });
    expect((await users.acceptInvitation(invited.token, 'a-new-password-123')).ok).toBe(true);
    expect(await users.acceptInvitation(invited.token, 'another-password-123')).toEqual({ ok: false, reason: 'invalid_link' });
    const { signIn } = await import('@/lib/auth/sign-in');
    expect((await signIn({ email: 'new@example.test', password: 'a-new-password-123' }, { ip: '10.9.0.1' })).ok).toBe(true);
    const actionsLogged = (await database.db.auditLog.findMany({ where: { entityId: invited.userId, entityType: 'user' }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actionsLogged).toEqual(['user.invite', 'user.set_password']);
  });

  it('disabling a user signs them out everywhere; admins cannot disable or demote themselves', async () => {
    const victim = await createUser(database.db, { email: 'leaving@example.test' });
    const { token } = await session.createSession(victim.id);
    expect((await users.setUserDisabled(admin, victim.id, true)).ok).toBe(true);
    expect(await session.findSessionByToken(token)).toBeNull();
    expect(await users.setUserDisabled(admin, admin.id, true)).toEqual({ ok: false, reason: 'self' });
    expect(await users.changeUserRole(admin, admin.id, 'editor')).toEqual({ ok: false, reason: 'self' });
    expect((await users.changeUserRole(admin, victim.id, 'admin')).ok).toBe(true);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: 'user.role', entityId: victim.id } });
    expect([JSON.parse(audit.before!), JSON.parse(audit.after!)]).toEqual([{ role: 'editor' }, { role: 'admin' }]);
  });

  it('changing your own password needs the current one, is audited, and signs out other sessions', async () => {
    const me = await createUser(database.db, { email: 'self@example.test', password: 'old-password-123' });
    const keep = await session.createSession(me.id);
    const other = await session.createSession(me.id);
    const current = await session.findSessionByToken(keep.token);
    expect(await users.changeOwnPassword(me, 'not-the-password', 'new-password-456', current!.sessionId)).toEqual({ ok: false, reason: 'wrong_password' });
    expect((await users.changeOwnPassword(me, 'old-password-123', 'new-password-456', current!.sessionId)).ok).toBe(true);
    expect(await session.findSessionByToken(keep.token)).not.toBeNull();
    expect(await session.findSessionByToken(other.token)).toBeNull();
    expect(await database.db.auditLog.count({ where: { action: 'user.change_password', entityId: me.id } })).toBe(1);
  });

  it('editors and anonymous callers are refused by every user action and admin mutation, and nothing is written', async () => {
    const target = await createUser(database.db, { email: 'target@example.test' });
    const usersBefore = await database.db.user.findMany({ orderBy: { id: 'asc' } });
    const auditBefore = await database.db.auditLog.count();
    for (const [token, message] of [
      [undefined, 'Please sign in again.'],
      [(await session.createSession(editor.id)).token, 'You do not have permission to do that.'],
    ] as const) {
      mockRequest.sessionToken = token;
      expect(await actions.inviteUserAction(null, formData({ email: 'sneaky@example.test', name: 'x', role: 'admin' }))).toMatchObject({ ok: false, message });
      expect(await actions.changeRoleAction(null, formData({ id: String(target.id), role: 'admin' }))).toMatchObject({ ok: false, message });
      expect(await actions.setDisabledAction(null, formData({ id: String(target.id), disabled: '1' }))).toMatchObject({ ok: false, message });
    }
    mockRequest.sessionToken = undefined;
    for (const actor of [null, editor]) {
      const status = actor ? 403 : 401;
      await expect(users.inviteUser(actor, { email: 'sneaky@example.test', name: '', role: 'admin' })).rejects.toMatchObject({ status });
      await expect(users.changeUserRole(actor, target.id, 'admin')).rejects.toMatchObject({ status });
      await expect(users.setUserDisabled(actor, target.id, true)).rejects.toMatchObject({ status });
    }
    await expect(users.changeOwnPassword(null, 'x', 'y-password-123')).rejects.toMatchObject({ status: 401 });
    expect(await database.db.user.findMany({ orderBy: { id: 'asc' } })).toEqual(usersBefore);
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.invitation.count({ where: { user: { email: 'sneaky@example.test' } } })).toBe(0);
  });
});
