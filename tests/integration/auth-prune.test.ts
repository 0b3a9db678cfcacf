// Sign-in attempts, sessions and rate-limit counters are deleted a day after their window, and only then,
// on real SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { buildSession, createUser } from '@/lib/factories';

const HOUR = 60 * 60 * 1000;

describe.each(PROVIDERS)('pruning expired sign-in rows on %s', (provider) => {
  const { database, prune } = useTestDatabase(provider, { prune: () => import('@/lib/auth/prune') });

  it('deletes what is a day past its window and keeps the rest', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const user = await createUser(database.db, { email: 'prune@example.test' });
    await database.db.loginAttempt.createMany({
      data: [
        { email: 'old@example.test', ip: '10.0.0.1', success: false, createdAt: ago(26 * HOUR) },
        { email: 'recent@example.test', ip: '10.0.0.1', success: false, createdAt: ago(HOUR) },
      ],
    });
    const session = (tokenHash: string, fields: { expiresAt: Date; lastSeenAt: Date; revokedAt?: Date }) =>
      database.db.session.create({ data: buildSession(user.id, { tokenHash, createdAt: ago(40 * HOUR), ...fields }) });
    await session('expired-long-ago', { expiresAt: ago(25 * HOUR), lastSeenAt: ago(30 * HOUR) });
    await session('revoked-long-ago', { expiresAt: ago(-HOUR), lastSeenAt: ago(26 * HOUR), revokedAt: ago(26 * HOUR) });
    await session('idle-long-ago', { expiresAt: ago(-HOUR), lastSeenAt: ago(27 * HOUR) });
    await session('live', { expiresAt: ago(-6 * HOUR), lastSeenAt: ago(HOUR / 2) });
    await session('expired-recently', { expiresAt: ago(2 * HOUR), lastSeenAt: ago(3 * HOUR) });
    await database.db.rateLimit.createMany({
      data: [
        { key: 'old-window', count: 3, windowEnd: ago(25 * HOUR) },
        { key: 'current-window', count: 1, windowEnd: ago(-HOUR) },
      ],
    });

    expect(await prune.pruneExpiredSecurityRows(now)).toEqual({ loginAttempts: 1, sessions: 3, rateLimits: 1, signInAuditEntries: 0 });
    expect((await database.db.loginAttempt.findMany()).map((r) => r.email)).toEqual(['recent@example.test']);
    expect((await database.db.session.findMany({ orderBy: { tokenHash: 'asc' } })).map((r) => r.tokenHash)).toEqual(['expired-recently', 'live']);
    expect((await database.db.rateLimit.findMany()).map((r) => r.key)).toEqual(['current-window']);
    // Nothing left to prune: a second run deletes nothing.
    expect(await prune.pruneExpiredSecurityRows(now)).toEqual({ loginAttempts: 0, sessions: 0, rateLimits: 0, signInAuditEntries: 0 });
  });
});
