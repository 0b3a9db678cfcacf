// Reader corrections on SQLite and PostgreSQL: the public action (validation with input kept, honeypot, per-IP
// limit stored in the database, audit), and the admin resolve/dismiss action (session, role, audit).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAsNewEditor, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';
import { expectHoneypotIgnored } from '../support/public-forms';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));
mockRequest.peerAddress = '203.0.113.7';

describe.each(PROVIDERS)('corrections on %s', (provider) => {
  const { database, report, admin, mutations } = useTestDatabase(provider, {
    report: () => import('@/app/(site)/report/actions'), admin: () => import('@/app/admin/(dashboard)/corrections/actions'), mutations: () => import('@/lib/corrections/mutations'),
  });
  let slug: string;
  beforeAll(async () => {
    slug = (await database.db.school.findFirstOrThrow({ where: { status: 'published' }, orderBy: { id: 'asc' } })).slug;
  });

  const valid = () => ({ entityType: 'school', slug, field: 'tuitionUsdPerYear', message: 'Tuition on the school site is now $70,000.', email: 'Reader@Example.test', website: '' });

  it('stores a valid report with a hashed IP and audits it as correction.create', async () => {
    mockRequest.peerAddress = '203.0.113.10';
    const state = await report.reportProblemAction(null, formData(valid()));
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining('Thank you') });
    const saved = await database.db.correction.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(saved).toMatchObject({ entityType: 'school', entitySlug: slug, field: 'tuitionUsdPerYear', email: 'reader@example.test', status: 'open' });
    expect(saved.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(saved.ipHash).not.toContain('203.0.113.10');
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: 'correction.create', entityId: saved.id } });
    expect(audit.actorEmail).toBeNull();
    expect(audit.after).not.toContain('reader@example.test');
  });

  it('refuses invalid input field by field, keeping what was typed; writes nothing', async () => {
    mockRequest.peerAddress = '203.0.113.11';
    const before = await database.db.correction.count();
    const state = await report.reportProblemAction(null, formData({ ...valid(), field: 'passwordHash', message: 'x'.repeat(2001), email: 'not-an-email' }));
    expect(state).toMatchObject({ ok: false, values: { email: 'not-an-email' } });
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['email', 'field', 'message']);
    expect(await report.reportProblemAction(null, formData({ ...valid(), message: '   ' }))).toMatchObject({ ok: false, fieldErrors: { message: 'Describe the problem' } });
    expect(await report.reportProblemAction(null, formData({ ...valid(), slug: 'no-such-school' }))).toMatchObject({ ok: false, message: expect.stringContaining('could not be found') });
    expect(await database.db.correction.count()).toBe(before);
  });

  it('a filled honeypot looks like success and writes nothing', async () => {
    mockRequest.peerAddress = '203.0.113.12';
    await expectHoneypotIgnored((data) => report.reportProblemAction(null, data), valid(), () => database.db.correction.count());
    expect(await database.db.rateLimit.count()).toBe(2); // only the earlier valid report's counters (its address, site-wide)
  });

  it('allows 5 reports per hour per IP (counted in the database), then refuses; another IP is unaffected', async () => {
    mockRequest.peerAddress = '198.51.100.1';
    for (let i = 0; i < 5; i++) expect(await report.reportProblemAction(null, formData(valid()))).toMatchObject({ ok: true });
    const sixth = await report.reportProblemAction(null, formData(valid()));
    expect(sixth).toMatchObject({ ok: false, message: expect.stringContaining('5 reports in the last hour'), values: { message: valid().message } });
    mockRequest.peerAddress = '198.51.100.2';
    expect(await report.reportProblemAction(null, formData(valid()))).toMatchObject({ ok: true });
    // After the window, the counter starts again.
    const { consumeRateLimit } = await import('@/lib/security/rate-limit');
    const { hashIp } = await import('@/lib/corrections/submit');
    const key = `correction:${hashIp('198.51.100.1')}`;
    expect(await consumeRateLimit(key, 5, 3_600_000)).toBe(false);
    expect(await consumeRateLimit(key, 5, 3_600_000, new Date(Date.now() + 3_600_001))).toBe(true);
    expect((await database.db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(1);
  });

  it('an editor resolves or dismisses with a note, audited; no session, no role or a closed report is refused', async () => {
    const open = await database.db.correction.findMany({ where: { status: 'open' }, orderBy: { id: 'asc' }, take: 2 });
    const auditBefore = await database.db.auditLog.count();
    mockRequest.sessionToken = undefined;
    expect(await admin.resolveCorrectionAction(null, formData({ id: String(open[0].id), status: 'resolved', note: 'Fixed' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    for (const actor of [null, { id: 1, email: 'v@example.test', role: 'viewer' }]) {
      await expect(mutations.resolveCorrection(actor, { id: open[0].id, status: 'resolved', note: 'x' })).rejects.toMatchObject({ name: 'AuthError' });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect((await database.db.correction.findUniqueOrThrow({ where: { id: open[0].id } })).status).toBe('open');

    const editor = await signInAsNewEditor(database, 'fixer@example.test');
    expect(await admin.resolveCorrectionAction(null, formData({ id: String(open[0].id), status: 'resolved', note: '' }))).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    expect(await admin.resolveCorrectionAction(null, formData({ id: String(open[0].id), status: 'resolved', note: 'Updated tuition from the bursar page' }))).toMatchObject({ ok: true });
    expect(await admin.resolveCorrectionAction(null, formData({ id: String(open[1].id), status: 'dismissed', note: 'Source already says this' }))).toMatchObject({ ok: true });
    expect(await admin.resolveCorrectionAction(null, formData({ id: String(open[0].id), status: 'dismissed', note: 'again' }))).toMatchObject({ ok: false, message: expect.stringContaining('already closed') });
    const resolved = await database.db.correction.findUniqueOrThrow({ where: { id: open[0].id } });
    expect(resolved).toMatchObject({ status: 'resolved', resolutionNote: 'Updated tuition from the bursar page', resolvedById: editor.id });
    const audit = await database.db.auditLog.findMany({ where: { actorEmail: 'fixer@example.test' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['correction.resolve', open[0].id], ['correction.dismiss', open[1].id]]);
    mockRequest.sessionToken = undefined;
  });
});
