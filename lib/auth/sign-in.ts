// Checking an email and password: throttled per account and address and per address (decision 040), the same
// work and the same answer for an unknown email as for a wrong password, every outcome in the audit log (refusals
// while throttled once per address and window, so a throttled client cannot grow it).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { recordAudit } from '../audit/record';
import { getDummyHash, verifyPassword } from './password';
import { reserveLoginAttempt, settleLoginAttempt } from './throttle';
import { THROTTLE_WINDOW_MS } from './throttle-limits';
import { consumeRateLimit } from '../security/rate-limit';
import { createSession } from './session';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address').max(254, 'That email address is too long'),
  password: z.string().min(1, 'Enter your password').max(256, 'That password is too long'),
});

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function signIn(
  input: { email: string; password: string },
  client: { ip: string; userAgent?: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const reservation = await reserveLoginAttempt(email, client.ip, now);
  if (!reservation.allowed) {
    // One audit entry per address and window, however many refusals follow: a throttled attacker cannot grow
    // the audit log.
    if (await consumeRateLimit(`audit:sign-in-throttled:${client.ip}`, 1, THROTTLE_WINDOW_MS, now)) {
      await recordAudit(db, null, {
        action: 'auth.sign_in_throttled',
        entityType: 'session',
        entitySlug: email,
        note: `ip ${client.ip}; further refusals for this address in the next 15 minutes are not logged`,
      });
    }
    return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, disabledAt: true } });
  // Always verify one argon2 hash, so the response time does not reveal whether the email exists.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  const success = !!user && !!user.passwordHash && !user.disabledAt && passwordOk;
  await settleLoginAttempt(reservation, success, now);
  if (!success) {
    const why = !user ? 'unknown email' : user.disabledAt ? 'account disabled' : !user.passwordHash ? 'no password set' : 'wrong password';
    await recordAudit(db, user ? { id: user.id, email: user.email } : null, {
      action: 'auth.sign_in_failed',
      entityType: 'session',
      entityId: user?.id ?? null,
      entitySlug: email,
      note: `${why}; ip ${client.ip}`,
    });
    return { ok: false, reason: 'invalid' };
  }
  const { token, expiresAt } = await createSession(user.id, client, now);
  await recordAudit(db, { id: user.id, email: user.email }, {
    action: 'auth.sign_in',
    entityType: 'session',
    entityId: user.id,
    entitySlug: email,
    note: `ip ${client.ip}`,
  });
  return { ok: true, token, expiresAt, userId: user.id };
}
