// Sign-in throttling, stored in the database so every app instance sees the same counts: within 15 minutes,
// 5 failed attempts for one account or 20 from one IP make further attempts wait until the oldest ages out.
import 'server-only';
import { db } from '../db';
import { pruneOccasionally } from './prune';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function waitFor(where: { email: string } | { ip: string }, limit: number, now: Date): Promise<number> {
  let since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  if ('email' in where) {
    // A successful sign-in clears the account's earlier failures (not the IP's: an attacker's own account
    // must not reset the counter for the addresses it is guessing from).
    const success = await db.loginAttempt.findFirst({
      where: { ...where, success: true, createdAt: { gt: since } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    if (success) since = success.createdAt;
  }
  const failures = await db.loginAttempt.findMany({
    where: { ...where, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { createdAt: true },
  });
  if (failures.length < limit) return 0;
  // The limit-th most recent failure decides when one slot frees up.
  const oldest = failures[limit - 1].createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
}

export async function checkLoginThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const wait = Math.max(
    await waitFor({ email }, MAX_FAILURES_PER_ACCOUNT, now),
    await waitFor({ ip }, MAX_FAILURES_PER_IP, now),
  );
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean, now = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success, createdAt: now } });
  pruneOccasionally(now);
}
