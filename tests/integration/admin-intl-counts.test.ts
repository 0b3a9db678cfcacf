// A school's international applicant counts per cycle: saved and removed through the actions with an audit
// entry, validated, and refused (with nothing written) without a session, on both databases.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAsNewEditor, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

describe.each(PROVIDERS)('school international counts on %s', (provider) => {
  const { database, actions, mutations } = useTestDatabase(provider, { mutations: () => import('@/lib/schools/intl-counts'), actions: () => import('@/app/admin/(dashboard)/schools/intl-count-actions') });
  let schoolId: number;
  const counts = { cycle: '2030-2031', applicants: '120', accepted: '9', matriculated: '', schools_accepting: '', source_url: 'https://example.edu/intl', as_of: '2030' };

  beforeAll(async () => {
    schoolId = (await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } })).id;
  });

  it('saves a cycle, replaces it on a second save, removes it, and audits each step', async () => {
    await signInAsNewEditor(database, 'counts-editor@example.test');
    const saved = await actions.saveIntlCountAction(null, formData({ ...counts, school_id: String(schoolId), scope: 'all_us_md' }));
    expect(saved).toMatchObject({ ok: true });
    const row = await database.db.intlCount.findUniqueOrThrow({ where: { scope_cycle: { scope: 'harvard-md', cycle: '2030-2031' } } });
    expect(row).toMatchObject({ schoolId, applicants: 120, accepted: 9, matriculated: null });

    expect(await actions.saveIntlCountAction(null, formData({ ...counts, accepted: '11', school_id: String(schoolId) }))).toMatchObject({ ok: true });
    expect(await database.db.intlCount.count({ where: { scope: 'harvard-md', cycle: '2030-2031' } })).toBe(1);
    const update = await database.db.auditLog.findFirstOrThrow({ where: { action: 'school.intl_count.save', entityId: schoolId }, orderBy: { id: 'desc' } });
    expect(JSON.parse(update.before!)).toMatchObject({ accepted: 9 });
    expect(JSON.parse(update.after!)).toMatchObject({ accepted: 11 });
    expect(update.actorEmail).toBe('counts-editor@example.test');

    const bad = await actions.saveIntlCountAction(null, formData({ ...counts, applicants: 'many', source_url: 'javascript:x', school_id: String(schoolId) }));
    expect(bad).toMatchObject({ ok: false, values: { applicants: 'many' } });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors)).toEqual(expect.arrayContaining(['applicants', 'source_url']));

    const removed = await actions.deleteIntlCountAction(null, formData({ school_id: String(schoolId), count_id: String(row.id) }));
    expect(removed).toMatchObject({ ok: true });
    expect(await database.db.intlCount.count({ where: { id: row.id } })).toBe(0);
    expect(await database.db.auditLog.count({ where: { action: 'school.intl_count.delete', entityId: schoolId } })).toBe(1);
    mockRequest.sessionToken = undefined;
  });

  it('refuses without a session or role and writes nothing', async () => {
    mockRequest.sessionToken = undefined;
    const before = [await database.db.intlCount.count(), await database.db.auditLog.count()];
    expect(await actions.saveIntlCountAction(null, formData({ ...counts, school_id: String(schoolId) }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    const existing = await database.db.intlCount.findFirstOrThrow({ where: { schoolId: { not: null } } });
    expect(await actions.deleteIntlCountAction(null, formData({ school_id: String(existing.schoolId), count_id: String(existing.id) }))).toMatchObject({ ok: false });
    for (const actor of [null, { id: 1, email: 'v@example.test', role: 'viewer' }]) {
      await expect(mutations.saveSchoolIntlCount(actor, schoolId, { cycle: 'x', applicants: 1, accepted: null, matriculated: null, schoolsAccepting: null, sourceUrl: 'https://example.edu', asOf: '2030' })).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.deleteSchoolIntlCount(actor, existing.schoolId!, existing.id)).rejects.toMatchObject({ name: 'AuthError' });
    }
    expect([await database.db.intlCount.count(), await database.db.auditLog.count()]).toEqual(before);
  });
});
