// Issue 15, items 1–3, on real SQLite and PostgreSQL: a parallel burst of guesses cannot pass the limit (each
// attempt is reserved before the password is checked); an attacker's failures do not lock the account's owner
// out from another address (decision 040); a throttled attacker adds one audit entry per window, not one per
// request; sign-in audit entries older than their retention are pruned; the corrections form has a site-wide
// ceiling besides its per-address limit.
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { createUser } from '@/lib/factories';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe.each(PROVIDERS)('sign-in hardening on %s', (provider) => {
  const { database, auth, prune, corrections } = useTestDatabase(provider, {
    auth: () => import('@/lib/auth/sign-in'), prune: () => import('@/lib/auth/prune'), corrections: () => import('@/lib/corrections/submit'),
  });

  it('a parallel burst of 20 guesses for one account from one address has at most 5 passwords checked', async () => {
    await createUser(database.db, { email: 'burst@example.test', password: 'right-password-123' });
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => auth.signIn({ email: 'burst@example.test', password: `guess-${i}` }, { ip: '10.20.0.1' }, now)),
    );
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(20 - checked);
    expect(await database.db.auditLog.count({ where: { action: 'auth.sign_in_failed', entitySlug: 'burst@example.test' } })).toBe(checked);
  });

  it('five bad guesses from an attacker do not lock the admin out from the admin’s own address', async () => {
    await createUser(database.db, { email: 'known-admin@example.test', role: 'admin', password: 'right-password-123' });
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      expect(await auth.signIn({ email: 'known-admin@example.test', password: `wrong-${i}` }, { ip: '10.21.0.66' }, at(t0, i * 1000))).toEqual({ ok: false, reason: 'invalid' });
    }
    // The attacker's address is refused for this account, even with the right password …
    const attacker = await auth.signIn({ email: 'known-admin@example.test', password: 'right-password-123' }, { ip: '10.21.0.66' }, at(t0, 10_000));
    expect(attacker).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 15 * 60 - 10 });
    // … the admin, elsewhere, signs in.
    const admin = await auth.signIn({ email: 'known-admin@example.test', password: 'right-password-123' }, { ip: '10.21.0.7' }, at(t0, 11_000));
    expect(admin.ok).toBe(true);
  });

  it('brute force stays bounded: one address gets 20 guesses in 15 minutes over any number of accounts', async () => {
    const t0 = new Date();
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await auth.signIn({ email: `victim${i}@example.test`, password: 'password-guess' }, { ip: '10.22.0.1' }, at(t0, i * 1000));
      outcomes.push(r.ok ? 'ok' : r.reason);
    }
    expect(outcomes.filter((o) => o === 'invalid')).toHaveLength(20);
    expect(outcomes.slice(20)).toEqual(Array(10).fill('throttled'));
  });

  it('a throttled address adds one audit entry per window however often it retries', async () => {
    const t0 = new Date();
    const ip = '10.23.0.1';
    for (let i = 0; i < 20; i++) await auth.signIn({ email: `spray${i}@example.test`, password: 'password-guess' }, { ip }, at(t0, i));
    const before = await database.db.auditLog.count();
    for (let i = 0; i < 50; i++) {
      const r = await auth.signIn({ email: `more${i}@example.test`, password: 'password-guess' }, { ip }, at(t0, 1000 + i));
      expect(r.ok === false && r.reason).toBe('throttled');
    }
    expect(await database.db.auditLog.count()).toBe(before + 1);
    expect(await database.db.auditLog.count({ where: { action: 'auth.sign_in_throttled', note: { contains: ip } } })).toBe(1);
    // Refused attempts take no slot: the address's count stays at its 20 checked attempts.
    expect((await database.db.rateLimit.findUniqueOrThrow({ where: { key: `sign-in:address:${ip}` } })).count).toBe(20);
  });

  it('prunes sign-in failure and throttle audit entries after 90 days, and keeps every other entry', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await database.db.auditLog.deleteMany({});
    await database.db.auditLog.createMany({
      data: [
        { action: 'auth.sign_in_failed', entityType: 'session', entitySlug: 'old-failed', createdAt: ago(91 * DAY) },
        { action: 'auth.sign_in_throttled', entityType: 'session', entitySlug: 'old-throttled', createdAt: ago(91 * DAY) },
        { action: 'auth.sign_in_failed', entityType: 'session', entitySlug: 'recent-failed', createdAt: ago(89 * DAY) },
        { action: 'auth.sign_in', entityType: 'session', entitySlug: 'old-success', createdAt: ago(400 * DAY) },
        { action: 'school.update', entityType: 'school', entitySlug: 'old-edit', createdAt: ago(400 * DAY) },
      ],
    });
    const counts = await prune.pruneExpiredSecurityRows(now);
    expect(counts.signInAuditEntries).toBe(2);
    expect((await database.db.auditLog.findMany({ orderBy: { entitySlug: 'asc' } })).map((r) => r.entitySlug)).toEqual(['old-edit', 'old-success', 'recent-failed']);
  });

  it('the corrections form has a site-wide hourly ceiling, so many addresses cannot write without bound', async () => {
    const school = await database.db.school.findFirstOrThrow({ where: { status: 'published' }, select: { slug: true } });
    const now = new Date();
    const input = { entityType: 'school' as const, slug: school.slug, field: 'tuitionUsdPerYear', message: 'The tuition changed this year.', email: '', website: '' };
    let accepted = 0;
    for (let i = 0; i < corrections.CORRECTIONS_PER_HOUR_SITE_WIDE + 5; i++) {
      const r = await corrections.submitCorrection(input, `10.24.${Math.floor(i / 250)}.${i % 250}`, now);
      if (r.ok) accepted++;
      else expect(r.kind).toBe('busy');
    }
    expect(accepted).toBe(corrections.CORRECTIONS_PER_HOUR_SITE_WIDE);
    expect(await database.db.correction.count()).toBe(corrections.CORRECTIONS_PER_HOUR_SITE_WIDE);
  });
});
