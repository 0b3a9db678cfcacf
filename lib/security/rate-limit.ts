// Fixed-window counters in the RateLimit table, so every app instance shares them. Each step is one atomic
// statement (conditional update or insert), so concurrent requests cannot both take the last slot.
import 'server-only';
import { db } from '../db';
import { pruneOccasionally } from '../auth/prune';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

export type SlotVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one slot for `key`; refused (and not counted) when `limit` slots are taken in the current window. */
export async function takeRateLimitSlot(key: string, limit: number, windowMs: number, now = new Date()): Promise<SlotVerdict> {
  pruneOccasionally(now);
  for (let attempt = 0; attempt < 3; attempt++) {
    const inWindow = await db.rateLimit.updateMany({ where: { key, windowEnd: { gt: now }, count: { lt: limit } }, data: { count: { increment: 1 } } });
    if (inWindow.count === 1) return { ok: true };
    const expired = await db.rateLimit.updateMany({ where: { key, windowEnd: { lte: now } }, data: { count: 1, windowEnd: new Date(now.getTime() + windowMs) } });
    if (expired.count === 1) return { ok: true };
    const existing = await db.rateLimit.findUnique({ where: { key } });
    if (existing) {
      // In the window and at the limit (an expired row would have been renewed above).
      if (existing.windowEnd.getTime() > now.getTime()) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((existing.windowEnd.getTime() - now.getTime()) / 1000)) };
      }
      continue;
    }
    try {
      await db.rateLimit.create({ data: { key, count: 1, windowEnd: new Date(now.getTime() + windowMs) } });
      return { ok: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another request created it first: count again
    }
  }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(windowMs / 1000)) };
}

/** Counts one hit for `key`; false when `limit` hits already happened in the current window. */
export async function consumeRateLimit(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  return (await takeRateLimitSlot(key, limit, windowMs, now)).ok;
}

/** Gives back a slot taken in the current window (the attempt it stood for turned out not to count). */
export async function releaseRateLimitSlot(key: string, now = new Date()): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, windowEnd: { gt: now }, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Forgets `key`'s count (a success that clears earlier failures). */
export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** The count taken in the current window (0 when none), for read-only checks. */
export async function rateLimitState(key: string, now = new Date()): Promise<{ count: number; windowEnd: Date | null }> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowEnd.getTime() <= now.getTime()) return { count: 0, windowEnd: null };
  return { count: row.count, windowEnd: row.windowEnd };
}
