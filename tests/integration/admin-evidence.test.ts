// A school's per-field sources edited from the dashboard (add, edit, remove): versioned with the school (a
// stale form is refused, the input kept), audited before/after, confirmed* columns recomputed; and the reader
// summary / editors' note on the school form. Real SQLite and PostgreSQL.
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAs, user, useTestDatabase } from '../support/use-test-database';
import { schoolFormFor } from '../support/school-form';
import { clearRevalidated, mockRequest, revalidated } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

const YALE_SOURCE = 'https://medicine.yale.edu/md-program/admissions/international';

describe.each(PROVIDERS)('admin evidence on %s', (provider) => {
  const { database, mutations, schools, actions, alice, bob } = useTestDatabase(provider, {
    mutations: () => import('@/lib/evidence/mutations'), schools: () => import('@/lib/schools/mutations'), actions: () => import('@/app/admin/(dashboard)/schools/evidence-actions'),
    alice: user('alice@example.test'), bob: user('bob@example.test', 'admin'),
  });

  it('adds, edits and removes a source: version bumped each time, audit before/after, confirmed column follows', async () => {
    const harvard = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    // Harvard's "accepts" value rests on third-party lists only, so the school-only filter does not count it.
    expect(harvard.acceptsInternational).toBe('yes');
    expect(harvard.confirmedAcceptsInternational).toBe('unknown');
    const body = { field: 'accepts_international' as const, value: 'yes', sourceUrl: 'https://hms.harvard.edu/intl', sourceDate: '2025', sourceKind: 'school' as const };

    const added = await mutations.addEvidence(alice, harvard.id, harvard.version, body);
    if (!added.ok) throw new Error(`add refused: ${added.kind}`);
    let now = await database.db.school.findUniqueOrThrow({ where: { id: harvard.id } });
    expect(now.version).toBe(harvard.version + 1);
    expect(now.confirmedAcceptsInternational).toBe('yes');
    expect(now.updatedAt.getTime()).toBeGreaterThanOrEqual(harvard.updatedAt.getTime());
    const row = await database.db.evidence.findUniqueOrThrow({ where: { id: added.evidenceId } });
    expect(row).toMatchObject({ ...body, schoolId: harvard.id, addedBy: 'alice@example.test' });
    let audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: harvard.id, action: 'school.evidence.add' } });
    expect(audit).toMatchObject({ entityType: 'school', entitySlug: 'harvard-md', actorEmail: 'alice@example.test', before: null });
    expect(JSON.parse(audit.after!)).toEqual(body);

    // The page supports "limited" after all: the fact no longer rests on the school's own word.
    const edited = await mutations.updateEvidence(bob, harvard.id, added.evidenceId, now.version, { ...body, value: 'limited', sourceDate: '' });
    expect(edited).toMatchObject({ ok: true, version: harvard.version + 2 });
    now = await database.db.school.findUniqueOrThrow({ where: { id: harvard.id } });
    expect(now.confirmedAcceptsInternational).toBe('unknown');
    audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: harvard.id, action: 'school.evidence.update' } });
    expect(JSON.parse(audit.before!)).toMatchObject({ value: 'yes', sourceDate: '2025' });
    expect(JSON.parse(audit.after!)).toMatchObject({ value: 'limited', sourceDate: '' });

    const removed = await mutations.removeEvidence(alice, harvard.id, added.evidenceId, now.version);
    expect(removed).toMatchObject({ ok: true, version: harvard.version + 3 });
    expect(await database.db.evidence.findUnique({ where: { id: added.evidenceId } })).toBeNull();
    audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: harvard.id, action: 'school.evidence.remove' } });
    expect(audit.after).toBeNull();
    expect(JSON.parse(audit.before!)).toMatchObject({ field: 'accepts_international', value: 'limited', sourceUrl: body.sourceUrl });
  });

  it('refuses a stale version, a second source with the same URL and a source of another school, writing nothing', async () => {
    const yale = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    const evidenceBefore = await database.db.evidence.findMany({ where: { schoolId: yale.id }, orderBy: { id: 'asc' } });
    const auditBefore = await database.db.auditLog.count();
    const body = { field: 'daca_accepted' as const, value: 'yes', sourceUrl: YALE_SOURCE, sourceDate: '', sourceKind: 'school' as const };

    const stale = await mutations.addEvidence(alice, yale.id, yale.version - 1 || 99, body);
    expect(stale).toMatchObject({ ok: false, kind: 'conflict' });
    const existing = evidenceBefore[0];
    const duplicate = await mutations.addEvidence(alice, yale.id, yale.version, { ...body, field: existing.field as never, value: existing.value, sourceUrl: existing.sourceUrl });
    expect(duplicate).toMatchObject({ ok: false, kind: 'duplicate' });
    const harvard = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const foreign = await mutations.removeEvidence(alice, harvard.id, existing.id, harvard.version);
    expect(foreign).toMatchObject({ ok: false, kind: 'evidence_not_found' });
    expect(await mutations.updateEvidence(alice, 999_999, existing.id, 1, body)).toMatchObject({ ok: false, kind: 'not_found' });

    expect(await database.db.evidence.findMany({ where: { schoolId: yale.id }, orderBy: { id: 'asc' } })).toEqual(evidenceBefore);
    expect(await database.db.school.findUniqueOrThrow({ where: { id: yale.id } })).toEqual(yale);
    expect((await database.db.school.findUniqueOrThrow({ where: { id: harvard.id } })).version).toBe(harvard.version);
    expect(await database.db.auditLog.count()).toBe(auditBefore);
  });

  it('a source added after the school form was loaded makes that form stale (and the other way round)', async () => {
    const jhu = await database.db.school.findUniqueOrThrow({ where: { slug: 'jhu-md' } });
    const { schoolFormSchema } = await import('@/lib/validation/school-form');
    const loaded = await schoolFormFor(database.db, 'jhu-md');
    const added = await mutations.addEvidence(bob, jhu.id, jhu.version, {
      field: 'daca_accepted', value: 'no', sourceUrl: 'https://example.test/jhu-daca', sourceDate: '2024', sourceKind: 'forum',
    });
    expect(added.ok).toBe(true);
    const save = await schools.updateSchool(alice, jhu.id, jhu.version, schoolFormSchema.parse({ ...loaded, city: 'Towson' }));
    if (save.ok || save.kind !== 'conflict') throw new Error('expected a conflict');
    expect(save.conflict.changedBy).toBe('bob@example.test');
    expect((await database.db.school.findUniqueOrThrow({ where: { id: jhu.id } })).city).toBe(jhu.city);
  });

  it('the actions: field errors for a bad value, URL or kind; a stale version keeps the input; success revalidates', async () => {
    await signInAs(alice);
    const yale = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    const base = { school_id: String(yale.id), version: String(yale.version), field: 'merit_scholarships_for_internationals', value: 'yes', source_url: YALE_SOURCE, source_date: '2024-2025', source_kind: 'official' };

    const bad = await actions.addEvidenceAction(null, formData({ ...base, value: 'maybe', source_url: 'javascript:alert(1)', source_kind: 'blog', source_date: 'last spring' }));
    expect(bad).toMatchObject({ ok: false, message: 'Please correct the highlighted fields.' });
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['source_date', 'source_kind', 'source_url', 'value']);
    expect(bad.fieldErrors.value).toContain('yes, limited, no');
    expect(bad.values.value).toBe('maybe');
    const unknownField = await actions.addEvidenceAction(null, formData({ ...base, field: 'notes_short' }));
    expect(unknownField).toMatchObject({ ok: false, fieldErrors: { field: expect.stringContaining('Field must be one of') } });

    clearRevalidated();
    const saved = await actions.addEvidenceAction(null, formData(base));
    expect(saved).toMatchObject({ ok: true, message: 'Source added.', data: { version: yale.version + 1 } });
    expect(revalidated.tags).toContain('school:yale-md');
    expect(revalidated.paths).toContain(`/admin/schools/${yale.id}`);

    const stale = await actions.addEvidenceAction(null, formData({ ...base, source_url: 'https://example.test/other' }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining('alice@example.test changed this school') });
    if (!stale.ok) expect(stale.values.source_url).toBe('https://example.test/other');
    mockRequest.sessionToken = undefined;
  });

  it('every evidence action and mutation refuses without a session or an editor role, and writes nothing', async () => {
    const yale = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    const existing = await database.db.evidence.findFirstOrThrow({ where: { schoolId: yale.id } });
    const values = { school_id: String(yale.id), version: String(yale.version), evidence_id: String(existing.id), field: 'daca_accepted', value: 'no', source_url: 'https://example.test/x', source_date: '', source_kind: 'forum' };
    const auditBefore = await database.db.auditLog.count();
    const evidenceBefore = await database.db.evidence.count();
    for (const token of [undefined, 'not-a-token']) {
      mockRequest.sessionToken = token;
      for (const run of [actions.addEvidenceAction, actions.updateEvidenceAction, actions.removeEvidenceAction]) {
        expect(await run(null, formData(values))).toMatchObject({ ok: false, message: 'Please sign in again.' });
      }
    }
    const body = { field: 'daca_accepted' as const, value: 'no', sourceUrl: 'https://example.test/x', sourceDate: '', sourceKind: 'forum' as const };
    for (const actor of [null, { id: 999, email: 'viewer@example.test', role: 'viewer' }]) {
      const status = actor ? 403 : 401;
      await expect(mutations.addEvidence(actor, yale.id, yale.version, body)).rejects.toMatchObject({ name: 'AuthError', status });
      await expect(mutations.updateEvidence(actor, yale.id, existing.id, yale.version, body)).rejects.toMatchObject({ status });
      await expect(mutations.removeEvidence(actor, yale.id, existing.id, yale.version)).rejects.toMatchObject({ status });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.evidence.count()).toBe(evidenceBefore);
    expect(await database.db.school.findUniqueOrThrow({ where: { id: yale.id } })).toEqual(yale);
  });

  it('the school form: an empty reader summary is composed from the facts and follows them; a written one is kept', async () => {
    const { schoolFormSchema } = await import('@/lib/validation/school-form');
    const { composeReaderSummary } = await import('@/lib/schools/summary');
    const { schoolFormValues } = await import('@/lib/schools/form-values');
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'stanford-md' }, include: { sources: true } });
    const loaded = await schoolFormFor(database.db, 'stanford-md');
    // A composed summary shows as empty on the form, so saving keeps it composed.
    expect(schoolFormValues(school).reader_summary).toBe('');
    const first = await schools.updateSchool(alice, school.id, school.version, schoolFormSchema.parse({ ...loaded, daca_accepted: 'yes', reader_summary: '' }));
    expect(first.ok).toBe(true);
    let now = await database.db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(now.readerSummary).toBe(composeReaderSummary(now));
    expect(now.readerSummary).toContain('Considers DACA recipients.');

    const written = 'A private school in California that considers international applicants.';
    const second = await schools.updateSchool(alice, school.id, now.version, schoolFormSchema.parse({ ...loaded, daca_accepted: 'yes', reader_summary: written }));
    expect(second).toMatchObject({ ok: true, changed: ['readerSummary'] });
    now = await database.db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(now.readerSummary).toBe(written);
    expect(schoolFormValues({ ...now, sources: [] }).reader_summary).toBe(written);

    const tooLong = schoolFormSchema.safeParse({ ...loaded, reader_summary: 'x'.repeat(201) });
    expect(tooLong.success).toBe(false);
    if (!tooLong.success) expect(tooLong.error.issues[0].message).toBe('Summary for readers is at most 200 characters');
  });

  it('a school save recomputes the confirmed columns from its evidence', async () => {
    const { schoolFormSchema } = await import('@/lib/validation/school-form');
    const yale = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    expect(yale.confirmedNeedBasedAid).toBe(yale.needBasedAidForInternationals);
    expect(yale.needBasedAidForInternationals).toBe('yes');
    const loaded = await schoolFormFor(database.db, 'yale-md');
    const saved = await schools.updateSchool(bob, yale.id, yale.version, schoolFormSchema.parse({ ...loaded, need_based_aid_for_internationals: 'limited' }));
    expect(saved.ok).toBe(true);
    // No school page says "limited": the school-only filter treats the fact as unknown.
    expect((await database.db.school.findUniqueOrThrow({ where: { id: yale.id } })).confirmedNeedBasedAid).toBe('unknown');
  });
});
