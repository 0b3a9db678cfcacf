// Issue 15 item 6 (the "low" findings) on real SQLite and PostgreSQL: editors no longer read the audit entries
// about people and sign-ins; changing your own password is throttled and never sends a password back; the
// per-school feed tells only changes made while the school was published, in its public fields.
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAs, useTestDatabase } from '../support/use-test-database';
import { createUser } from '@/lib/factories';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

describe.each(PROVIDERS)('low-severity hardening on %s', (provider) => {
  const { database, audit } = useTestDatabase(provider, { audit: () => import('@/lib/audit/list') });

  it('editors see content entries only; admins see sign-ins and accounts too', async () => {
    await database.db.auditLog.createMany({
      data: [
        { action: 'auth.sign_in_failed', entityType: 'session', entitySlug: 'typed-secret-text', note: 'wrong password; ip 203.0.113.9' },
        { action: 'user.invite', entityType: 'user', entitySlug: 'new@example.test' },
        { action: 'school.update', entityType: 'school', entitySlug: 'some-school' },
      ],
    });
    const base = audit.parseAuditFilter({});
    const asEditor = await audit.listAudit(base, { role: 'editor' });
    expect(asEditor.entries.map((e) => e.entityType)).not.toContain('session');
    expect(asEditor.entries.map((e) => e.entityType)).not.toContain('user');
    expect(asEditor.entries.some((e) => e.entitySlug === 'some-school')).toBe(true);
    for (const entity of ['session', 'user']) {
      expect(await audit.listAudit(audit.parseAuditFilter({ entity }), { role: 'editor' })).toMatchObject({ total: 0, entries: [] });
    }
    const asAdmin = await audit.listAudit(base, { role: 'admin' });
    expect(asAdmin.entries.map((e) => e.entitySlug)).toEqual(expect.arrayContaining(['typed-secret-text', 'new@example.test', 'some-school']));
  });

  it('changing your own password: 5 wrong guesses per 15 minutes, then refused; passwords never echoed', async () => {
    const me = await createUser(database.db, { email: 'me@example.test', password: 'old-password-123' });
    await signInAs(me);
    const { changePasswordAction } = await import('@/app/admin/(dashboard)/account/actions');
    const attempt = (current: string) => changePasswordAction(null, formData({ current, password: 'violet-harbour-lantern-42', confirm: 'violet-harbour-lantern-42' }));
    for (let i = 0; i < 5; i++) {
      const result = await attempt(`guess-${i}-password`);
      expect(result).toMatchObject({ ok: false, message: 'Your current password is not right.' });
      if (result.ok) throw new Error('unexpected');
      expect(result.values).not.toHaveProperty('current');
      expect(result.values).not.toHaveProperty('password');
      expect(result.values).not.toHaveProperty('confirm');
      expect(JSON.stringify(result)).not.toContain('violet-harbour-lantern-42');
    }
    const refused = await attempt('old-password-123');
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many attempts\. Please wait 1[45] minutes/) });
    // A validation failure does not echo them either.
    const invalid = await changePasswordAction(null, formData({ current: 'old-password-123', password: 'short', confirm: 'short' }));
    expect(JSON.stringify(invalid)).not.toContain('old-password-123');
    const row = await database.db.user.findUniqueOrThrow({ where: { id: me.id }, omit: { passwordHash: false } });
    const { verifyPassword } = await import('@/lib/auth/password');
    expect(await verifyPassword(row.passwordHash!, 'old-password-123')).toBe(true);
    mockRequest.sessionToken = undefined;
  });

  it('no user read carries the password hash unless it asks for it (global omit)', async () => {
    const user = await createUser(database.db, { email: 'omit@example.test', password: 'omit-password-123' });
    const { createSession } = await import('@/lib/auth/session');
    const { token } = await createSession(user.id);
    const plain = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(plain.email).toBe('omit@example.test');
    expect(plain).not.toHaveProperty('passwordHash');
    for (const u of await database.db.user.findMany()) expect(u).not.toHaveProperty('passwordHash');
    const session = await database.db.session.findFirstOrThrow({ where: { userId: user.id }, include: { user: true } });
    expect(session.user).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(await database.db.user.findMany())).not.toContain('$argon2');
    const asked = await database.db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(asked.passwordHash).toMatch(/^\$argon2/);
    expect(token).toBeTruthy();
  });

  it('admins are signed out after 30 idle minutes, editors after 2 hours', async () => {
    const session = await import('@/lib/auth/session');
    const adminUser = await createUser(database.db, { email: 'idle-admin@example.test', role: 'admin' });
    const editorUser = await createUser(database.db, { email: 'idle-editor@example.test', role: 'editor' });
    const t0 = new Date();
    const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
    const a = await session.createSession(adminUser.id, {}, t0);
    const e = await session.createSession(editorUser.id, {}, t0);
    expect(await session.findSessionByToken(a.token, minutes(29))).not.toBeNull();
    const a2 = await session.createSession(adminUser.id, {}, t0);
    expect(await session.findSessionByToken(a2.token, minutes(31))).toBeNull();
    expect(await session.findSessionByToken(e.token, minutes(31))).not.toBeNull();
    const e2 = await session.createSession(editorUser.id, {}, t0);
    expect(await session.findSessionByToken(e2.token, minutes(121))).toBeNull();
  });

  it('over https the session cookie is __Host-img_session, Secure, Path=/ and has no Domain', async () => {
    const session = await import('@/lib/auth/session');
    const saved = process.env.SITE_URL;
    process.env.SITE_URL = 'https://imgpathways.example';
    try {
      expect(session.sessionCookie()).toBe('__Host-img_session');
      const options = session.sessionCookieOptions(new Date());
      expect(options).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'lax' });
      expect(options).not.toHaveProperty('domain');
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
    expect(session.sessionCookie()).toBe('img_session');
  });

  it('the API caches only bounded answers: default page size, grid tuition, first pages, no free text', async () => {
    const { isCacheableFilter } = await import('@/lib/api/schools');
    const { parseSchoolFilter } = await import('@/lib/schools/filters');
    const filter = (query: string) => parseSchoolFilter(new URLSearchParams(query)).filter;
    expect(isCacheableFilter(filter('degree=md'), 20)).toBe(true);
    expect(isCacheableFilter(filter('tuition_max=45000'), 20)).toBe(true);
    expect(isCacheableFilter(filter('tuition_max=45001'), 20)).toBe(false);
    for (const perPage of [1, 19, 21, 100]) expect(isCacheableFilter(filter('degree=md'), perPage)).toBe(false);
    expect(isCacheableFilter(filter('degree=md&page=4'), 20)).toBe(false);
    expect(isCacheableFilter(filter('q=harvard'), 20)).toBe(false);
  });

  it('the per-school feed leaves out draft-time edits and the editor-only fields', async () => {
    const changes = await import('@/lib/feeds/school-changes');
    const school = await database.db.school.findFirstOrThrow({ where: { status: 'published' }, orderBy: { id: 'desc' } });
    const later = (hours: number) => new Date(school.updatedAt.getTime() + hours * 3_600_000);
    const entry = (hours: number, before: object, after: object) => ({
      action: 'school.update', entityType: 'school', entityId: school.id, entitySlug: school.slug,
      before: JSON.stringify(before), after: JSON.stringify(after), createdAt: later(hours),
    });
    await database.db.auditLog.createMany({
      data: [
        entry(1, { readerSummary: 'Public note' }, { readerSummary: 'Public note, corrected' }),
        entry(2, { status: 'published' }, { status: 'draft' }),
        entry(3, { readerSummary: 'Public note, corrected' }, { readerSummary: 'DRAFT: not checked yet' }),
        entry(4, { status: 'draft', aliases: 'old alias' }, { status: 'published', aliases: 'internal alias' }),
        entry(5, { tuitionUsdPerYear: 60000, aliases: 'internal alias' }, { tuitionUsdPerYear: 61000, aliases: 'another alias' }),
      ],
    });
    const entries = await changes.listSchoolChangeEntries([school]);
    const text = entries.map((e) => `${e.title}\n${e.summary}`).join('\n');
    expect(entries.map((e) => e.title)).toEqual([`${school.name}: updated`, `${school.name}: published`, `${school.name}: updated`]);
    expect(entries[0].summary).toContain('60000 → 61000');
    expect(entries[2].summary).toContain('Public note → Public note, corrected');
    expect(text).not.toContain('DRAFT: not checked yet');
    expect(text).not.toMatch(/alias|draft|status/i);
  });
});
