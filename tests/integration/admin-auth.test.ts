// Sessions (create, idle and absolute expiry, revocation, disabled users) and sign-in throttling (5 per account
// and address, 20 per address, 15-minute window) against real SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { createUser } from '@/lib/factories';

const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe.each(PROVIDERS)('admin sign-in on %s', (provider) => {
  const { database, session, throttle, auth } = useTestDatabase(provider, {
    session: () => import('@/lib/auth/session'), throttle: () => import('@/lib/auth/throttle'), auth: () => import('@/lib/auth/sign-in'),
  });

  it('stores only the hash of a random token and finds the session by the token', async () => {
    const user = await createUser(database.db, { email: 'session@example.test' });
    const t0 = new Date();
    const { token, expiresAt } = await session.createSession(user.id, { ip: '10.0.0.1', userAgent: 'test' }, t0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - t0.getTime()).toBe(session.ABSOLUTE_TIMEOUT_MS);
    const rows = await database.db.session.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const found = await session.findSessionByToken(token, at(t0, 5 * 1000));
    expect(found?.user).toMatchObject({ id: user.id, email: 'session@example.test', role: 'editor' });
    expect(await session.findSessionByToken(token + 'x', t0)).toBeNull();
    const second = await session.createSession(user.id, {}, t0);
    expect(second.token).not.toBe(token);
  });

  it('expires after 2 hours idle, refreshing lastSeenAt at most once a minute', async () => {
    const user = await createUser(database.db, { email: 'idle@example.test' });
    const t0 = new Date();
    const { token } = await session.createSession(user.id, {}, t0);
    await session.findSessionByToken(token, at(t0, 30 * 1000));
    let row = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastSeenAt.getTime()).toBe(t0.getTime()); // within a minute: no write
    expect(await session.findSessionByToken(token, at(t0, 90 * MINUTE))).not.toBeNull();
    row = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastSeenAt.getTime()).toBe(at(t0, 90 * MINUTE).getTime());
    // 2 h after the last activity (not after creation) it is idle-expired.
    expect(await session.findSessionByToken(token, at(t0, 90 * MINUTE + 119 * MINUTE))).not.toBeNull();
    expect(await session.findSessionByToken(token, at(t0, 90 * MINUTE + 119 * MINUTE + 121 * MINUTE))).toBeNull();
  });

  it('expires 12 hours after sign-in even when used constantly', async () => {
    const user = await createUser(database.db, { email: 'absolute@example.test' });
    const t0 = new Date();
    const { token } = await session.createSession(user.id, {}, t0);
    for (let hour = 1; hour < 12; hour++) expect(await session.findSessionByToken(token, at(t0, hour * 60 * MINUTE))).not.toBeNull();
    expect(await session.findSessionByToken(token, at(t0, 12 * 60 * MINUTE))).toBeNull();
  });

  it('stops working when revoked or when its user is disabled', async () => {
    const user = await createUser(database.db, { email: 'revoke@example.test' });
    const a = await session.createSession(user.id);
    const b = await session.createSession(user.id);
    await session.revokeSessionToken(a.token);
    expect(await session.findSessionByToken(a.token)).toBeNull();
    expect(await session.findSessionByToken(b.token)).not.toBeNull();
    await database.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await session.findSessionByToken(b.token)).toBeNull();
  });

  it('signs in with the right password, audits it, and refuses a disabled user', async () => {
    await createUser(database.db, { email: 'good@example.test', password: 'right-password-123' });
    const result = await auth.signIn({ email: 'Good@Example.test ', password: 'right-password-123' }, { ip: '10.1.0.1' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await session.findSessionByToken(result.token)).not.toBeNull();
    expect(await database.db.auditLog.count({ where: { action: 'auth.sign_in', entitySlug: 'good@example.test' } })).toBe(1);

    await createUser(database.db, { email: 'off@example.test', password: 'right-password-123', disabled: true });
    expect(await auth.signIn({ email: 'off@example.test', password: 'right-password-123' }, { ip: '10.1.0.2' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('answers an unknown email exactly like a wrong password, and audits both', async () => {
    await createUser(database.db, { email: 'known@example.test', password: 'right-password-123' });
    const unknown = await auth.signIn({ email: 'nobody@example.test', password: 'whatever-password' }, { ip: '10.2.0.1' });
    const wrong = await auth.signIn({ email: 'known@example.test', password: 'wrong-password-1' }, { ip: '10.2.0.1' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual(unknown);
    const failures = await database.db.auditLog.findMany({ where: { action: 'auth.sign_in_failed', note: { contains: '10.2.0.1' } } });
    expect(failures.map((f) => f.entitySlug).sort()).toEqual(['known@example.test', 'nobody@example.test']);
  });

  it('refuses a 6th attempt from an address after 5 failures there for one account, even with the right password, until the window passes', async () => {
    await createUser(database.db, { email: 'locked@example.test', password: 'right-password-123' });
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      const r = await auth.signIn({ email: 'locked@example.test', password: `wrong-${i}` }, { ip: '10.3.0.1' }, at(t0, i * 1000));
      expect(r).toEqual({ ok: false, reason: 'invalid' });
    }
    const refused = await auth.signIn({ email: 'locked@example.test', password: 'right-password-123' }, { ip: '10.3.0.1' }, at(t0, 10_000));
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.reason !== 'throttled') throw new Error('expected throttled');
    expect(refused.retryAfterSeconds).toBe(15 * 60 - 10); // until the first failure leaves the window
    expect(await database.db.session.count({ where: { user: { email: 'locked@example.test' } } })).toBe(0);
    // Another account from the same address is not affected.
    expect((await throttle.checkLoginThrottle('other@example.test', '10.3.0.1', at(t0, 10_000))).allowed).toBe(true);
    // When the oldest failure leaves the 15-minute window, one attempt is allowed again.
    const later = await auth.signIn({ email: 'locked@example.test', password: 'right-password-123' }, { ip: '10.3.0.1' }, at(t0, 15 * MINUTE + 1000));
    expect(later.ok).toBe(true);
  });

  it('a successful sign-in clears the account count, not the IP count', async () => {
    await createUser(database.db, { email: 'reset@example.test', password: 'right-password-123' });
    const t0 = new Date();
    for (let i = 0; i < 4; i++) await auth.signIn({ email: 'reset@example.test', password: 'nope-nope' }, { ip: '10.4.0.1' }, at(t0, i));
    expect((await auth.signIn({ email: 'reset@example.test', password: 'right-password-123' }, { ip: '10.4.0.1' }, at(t0, 10))).ok).toBe(true);
    for (let i = 0; i < 4; i++) await auth.signIn({ email: 'reset@example.test', password: 'nope-nope' }, { ip: '10.4.0.1' }, at(t0, 20 + i));
    expect((await throttle.checkLoginThrottle('reset@example.test', '10.4.0.1', at(t0, 30))).allowed).toBe(true);
  });

  it('refuses any account from an address with 20 attempts in 15 minutes', async () => {
    const t0 = new Date();
    const ip = '10.5.0.9';
    for (let i = 0; i < 19; i++) await auth.signIn({ email: `spray${i}@example.test`, password: 'x-password' }, { ip }, at(t0, i * 1000));
    expect((await throttle.checkLoginThrottle('fresh@example.test', ip, at(t0, 20_000))).allowed).toBe(true);
    const r = await auth.signIn({ email: 'spray19@example.test', password: 'x-password' }, { ip }, at(t0, 20_000));
    expect(r).toEqual({ ok: false, reason: 'invalid' });
    const verdict = await throttle.checkLoginThrottle('fresh@example.test', ip, at(t0, 21_000));
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 - 21 }); // the window began at the first attempt
    expect((await throttle.checkLoginThrottle('fresh@example.test', '10.5.0.10', at(t0, 21_000))).allowed).toBe(true);
    expect((await throttle.checkLoginThrottle('fresh@example.test', ip, at(t0, 15 * MINUTE + 1000))).allowed).toBe(true);
    const blocked = await auth.signIn({ email: 'fresh@example.test', password: 'x-password' }, { ip }, at(t0, 22_000));
    expect(blocked).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 15 * 60 - 22 });
    expect(await database.db.auditLog.count({ where: { action: 'auth.sign_in_throttled', entitySlug: 'fresh@example.test' } })).toBe(1);
  });
});
