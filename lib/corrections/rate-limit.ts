// Fixed-window counters in the RateLimit table, so every app instance shares them. Each step is one atomic
// statement (conditional update or insert), so concurrent requests cannot both take the last slot.
import 'server-only';
import { db } from '../db';
import { pruneOccasionally } from '../auth/prune';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/** Counts one hit for `key`; false when `limit` hits already happened in the current window. */
export async function consumeRateLimit(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  pruneOccasionally(now);
  for (let attempt = 0; attempt < 3; attempt++) {
    const inWindow = await db.rateLimit.updateMany({ where: { key, windowEnd: { gt: now }, count: { lt: limit } }, data: { count: { increment: 1 } } });
    if (inWindow.count === 1) return true;
    const expired = await db.rateLimit.updateMany({ where: { key, windowEnd: { lte: now } }, data: { count: 1, windowEnd: new Date(now.getTime() + windowMs) } });
    if (expired.count === 1) return true;
    const existing = await db.rateLimit.findUnique({ where: { key } });
    if (existing) return false; // in the window and at the limit
    try {
      await db.rateLimit.create({ data: { key, count: 1, windowEnd: new Date(now.getTime() + windowMs) } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another request created it first: count again
    }
  }
  return false;
}
