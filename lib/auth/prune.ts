// Rows that only serve a short window — sign-in attempts (15-minute throttle), sessions (2-hour idle, 12-hour
// absolute limit) and rate-limit counters (their window) — are deleted once they are a day past it, so the
// tables stay small however long the site runs. In the audit log, failed and throttled sign-ins are kept for
// 90 days (decision 006); every other entry, successful sign-ins included, is kept.
// Runs at most once an hour per process, from the code paths that write these rows.
import 'server-only';
import { db } from '../db';
import { IDLE_TIMEOUT_MS } from './session';
import { THROTTLE_WINDOW_MS } from './throttle-limits';

export const RETENTION_AFTER_USE_MS = 24 * 60 * 60 * 1000;
export const SIGN_IN_AUDIT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;
const PRUNED_AUDIT_ACTIONS = ['auth.sign_in_failed', 'auth.sign_in_throttled'];
const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrunedAt = 0;

export async function pruneExpiredSecurityRows(now = new Date()) {
  const cutoff = now.getTime() - RETENTION_AFTER_USE_MS;
  const [loginAttempts, sessions, rateLimits, signInAuditEntries] = await Promise.all([
    db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(cutoff - THROTTLE_WINDOW_MS) } } }),
    db.session.deleteMany({
      where: {
        OR: [
          { expiresAt: { lt: new Date(cutoff) } },
          { revokedAt: { lt: new Date(cutoff) } },
          { lastSeenAt: { lt: new Date(cutoff - IDLE_TIMEOUT_MS) } },
        ],
      },
    }),
    db.rateLimit.deleteMany({ where: { windowEnd: { lt: new Date(cutoff) } } }),
    db.auditLog.deleteMany({ where: { action: { in: PRUNED_AUDIT_ACTIONS }, createdAt: { lt: new Date(now.getTime() - SIGN_IN_AUDIT_RETENTION_MS) } } }),
  ]);
  return { loginAttempts: loginAttempts.count, sessions: sessions.count, rateLimits: rateLimits.count, signInAuditEntries: signInAuditEntries.count };
}

/** Prunes in the background if this process has not done so in the last hour; never fails the caller. */
export function pruneOccasionally(now = new Date()): void {
  if (now.getTime() - lastPrunedAt < PRUNE_EVERY_MS) return;
  lastPrunedAt = now.getTime();
  pruneExpiredSecurityRows(now).catch((error: unknown) => {
    console.error(`[auth] pruning expired sign-in rows failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}
