// School mutations (audit before/after in the same transaction, optimistic concurrency) and the authorization
// of every admin entry point (server actions and mutations), against real SQLite and PostgreSQL.
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAs, user, useTestDatabase } from '../support/use-test-database';
import { createUser } from '@/lib/factories';
import { schoolFormFor } from '../support/school-form';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

describe.each(PROVIDERS)('school editing on %s', (provider) => {
  const { database, mutations, actions, form, alice, bob } = useTestDatabase(provider, {
    mutations: () => import('@/lib/schools/mutations'), actions: () => import('@/app/admin/(dashboard)/schools/actions'), form: () => import('@/lib/validation/school-form'),
    alice: user('alice@example.test'), bob: user('bob@example.test', 'admin'),
  });
  const parse = (values: Record<string, string>) => form.schoolFormSchema.parse(values);

  it('updates a school, recomputes searchText, bumps the version and audits only the changed fields', async () => {
    const before = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const values = { ...(await schoolFormFor(database.db, 'harvard-md')), tuition_usd_per_year: '99999', aliases: 'HMS\nCrimson Medicine' };
    const result = await mutations.updateSchool(alice, before.id, before.version, parse(values));
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    const after = await database.db.school.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.tuitionUsdPerYear).toBe(99999);
    expect(after.aliases).toBe('HMS|Crimson Medicine');
    expect(after.searchText).toContain('crimson medicine');
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityType: 'school', entityId: before.id, action: 'school.update' } });
    expect(audit.actorEmail).toBe('alice@example.test');
    expect(JSON.parse(audit.before!)).toEqual({ tuitionUsdPerYear: before.tuitionUsdPerYear, aliases: before.aliases });
    expect(JSON.parse(audit.after!)).toEqual({ tuitionUsdPerYear: 99999, aliases: 'HMS|Crimson Medicine' });
  });

  it('refuses a save made from an older version, naming who changed it, when, and the differing fields', async () => {
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'jhu-md' } });
    const loaded = await schoolFormFor(database.db, 'jhu-md');
    const first = await mutations.updateSchool(bob, school.id, school.version, parse({ ...loaded, tuition_usd_per_year: '70000' }));
    expect(first.ok).toBe(true);
    const second = await mutations.updateSchool(alice, school.id, school.version, parse({ ...loaded, city: 'Towson' }));
    expect(second.ok).toBe(false);
    if (second.ok || second.kind !== 'conflict') throw new Error('expected a conflict');
    expect(second.conflict.changedBy).toBe('bob@example.test');
    expect(second.conflict.changedAt).toBeInstanceOf(Date);
    expect(second.conflict.currentVersion).toBe(school.version + 1);
    expect(second.conflict.differences.map((d) => d.field).sort()).toEqual(['city', 'tuitionUsdPerYear']);
    expect(second.conflict.differences.find((d) => d.field === 'city')).toEqual({ field: 'city', yours: 'Towson', current: school.city });
    const now = await database.db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(now.city).toBe(school.city);
    expect(now.tuitionUsdPerYear).toBe(70000);
    expect(await database.db.auditLog.count({ where: { entityId: school.id, action: 'school.update' } })).toBe(1);
  });

  it('two concurrent saves of the same version: exactly one lands', async () => {
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'stanford-md' } });
    const loaded = await schoolFormFor(database.db, 'stanford-md');
    const results = await Promise.all([
      mutations.updateSchool(alice, school.id, school.version, parse({ ...loaded, notes_short: 'Edit A' })),
      mutations.updateSchool(bob, school.id, school.version, parse({ ...loaded, notes_short: 'Edit B' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.kind === 'conflict')).toHaveLength(1);
    expect(await database.db.auditLog.count({ where: { entityId: school.id, action: 'school.update' } })).toBe(1);
  });

  it('creates, marks verified and deletes with an audit entry each; a taken slug is refused', async () => {
    const base = await schoolFormFor(database.db, 'harvard-md');
    const created = await mutations.createSchool(alice, parse({ ...base, slug: 'test-new-md', name: 'Test New School', status: 'draft' }));
    if (!created.ok) throw new Error('create failed');
    expect(await mutations.createSchool(alice, parse({ ...base, slug: 'test-new-md' }))).toEqual({ ok: false, kind: 'slug_taken' });
    const day = new Date('2026-03-01T12:00:00Z');
    expect((await mutations.markSchoolVerified(alice, created.id, day)).ok).toBe(true);
    expect((await database.db.school.findUniqueOrThrow({ where: { id: created.id } })).lastVerifiedAt?.toISOString()).toBe(day.toISOString());
    expect((await mutations.deleteSchool(bob, created.id)).ok).toBe(true);
    expect(await database.db.school.findUnique({ where: { id: created.id } })).toBeNull();
    const actions = (await database.db.auditLog.findMany({ where: { entityType: 'school', entityId: created.id }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['school.create', 'school.verify', 'school.delete']);
  });

  it('every mutation refuses without an actor or with a role that is not allowed, and writes nothing', async () => {
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const input = parse({ ...(await schoolFormFor(database.db, 'harvard-md')), name: 'Hijacked', slug: 'hijacked-md' });
    const auditBefore = await database.db.auditLog.count();
    const schoolsBefore = await database.db.school.count();
    const viewer = { id: 999, email: 'viewer@example.test', role: 'viewer' };
    for (const actor of [null, viewer]) {
      const status = actor ? 403 : 401;
      await expect(mutations.createSchool(actor, input)).rejects.toMatchObject({ name: 'AuthError', status });
      await expect(mutations.updateSchool(actor, school.id, school.version, input)).rejects.toMatchObject({ status });
      await expect(mutations.markSchoolVerified(actor, school.id)).rejects.toMatchObject({ status });
      await expect(mutations.deleteSchool(actor, school.id)).rejects.toMatchObject({ status });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.school.count()).toBe(schoolsBefore);
    expect(await database.db.school.findUniqueOrThrow({ where: { id: school.id } })).toEqual(school);
  });

  it('every school server action refuses with no session, a revoked session or a disabled user, and writes nothing', async () => {
    const { createSession, revokeSessionToken } = await import('@/lib/auth/session');
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const values = { ...(await schoolFormFor(database.db, 'harvard-md')), name: 'Hijacked', id: String(school.id), version: String(school.version) };
    const revoked = await createSession(alice.id);
    await revokeSessionToken(revoked.token);
    const carol = await createUser(database.db, { email: 'carol@example.test' });
    const disabled = await createSession(carol.id);
    await database.db.user.update({ where: { id: carol.id }, data: { disabledAt: new Date() } });
    const auditBefore = await database.db.auditLog.count();
    for (const token of [undefined, 'not-a-token', revoked.token, disabled.token]) {
      mockRequest.sessionToken = token;
      for (const run of [actions.createSchoolAction, actions.updateSchoolAction, actions.verifySchoolAction, actions.deleteSchoolAction]) {
        const result = await run(null, formData({ ...values, slug: 'hijacked-md' }));
        expect(result).toMatchObject({ ok: false, message: 'Please sign in again.' });
        if (!result.ok) expect(result.values.name).toBe('Hijacked');
      }
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.school.findUniqueOrThrow({ where: { id: school.id } })).toEqual(school);
    expect(await database.db.school.findUnique({ where: { slug: 'hijacked-md' } })).toBeNull();
  });

  it('the update action with a valid session saves, and a stale version comes back as a conflict with the input kept', async () => {
    await signInAs(alice);
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    const values = { ...(await schoolFormFor(database.db, 'yale-md')), id: String(school.id), version: String(school.version) };
    const saved = await actions.updateSchoolAction(null, formData({ ...values, tuition_usd_per_year: '77777' }));
    expect(saved).toMatchObject({ ok: true, data: { version: school.version + 1, changed: ['tuitionUsdPerYear'] } });
    const stale = await actions.updateSchoolAction(null, formData({ ...values, city: 'Hamden' }));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.message).toContain('alice@example.test changed this school');
    expect(stale.conflict?.sort()).toEqual(['city', 'tuitionUsdPerYear']);
    expect(stale.values.city).toBe('Hamden');
    const invalid = await actions.updateSchoolAction(null, formData({ ...values, version: String(school.version + 1), state: 'ZZ', tuition_usd_per_year: 'lots' }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { state: expect.stringContaining('State must be one of'), tuition_usd_per_year: expect.any(String) } });
    mockRequest.sessionToken = undefined;
  });
});
