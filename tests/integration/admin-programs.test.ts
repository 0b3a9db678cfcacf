// Program editing (mutations and actions: audit before/after, conflicts, refusals) and the data-quality queues
// (stale lenders and programs, programs with an unpublished format), on both databases.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAs, user, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';
import { programFormFor as programForm } from '../support/listing-forms';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

describe.each(PROVIDERS)('program editing and queues on %s', (provider) => {
  const { database, mutations, actions, editor } = useTestDatabase(provider, {
    mutations: () => import('@/lib/programs/mutations'), actions: () => import('@/app/admin/(dashboard)/programs/actions'), editor: user('program-editor@example.test'),
  });
  let slug: string;
  beforeAll(async () => {
    slug = (await database.db.program.findFirstOrThrow({ orderBy: { id: 'asc' } })).slug;
  });

  it('saves through the action (searchText recomputed, audit before/after), then refuses a stale version as a conflict', async () => {
    await signInAs(editor);
    const program = await database.db.program.findUniqueOrThrow({ where: { slug } });
    const values = { ...(await programForm(database.db, slug)), id: String(program.id), version: String(program.version) };
    const saved = await actions.updateProgramAction(null, formData({ ...values, notes_short: 'Zebrafish mentoring track' }));
    expect(saved).toMatchObject({ ok: true, data: { changed: ['notesShort'], version: program.version + 1 } });
    const after = await database.db.program.findUniqueOrThrow({ where: { id: program.id } });
    expect(after.searchText).toContain('zebrafish');
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityType: 'program', entityId: program.id, action: 'program.update' } });
    expect(JSON.parse(audit.before!)).toEqual({ notesShort: program.notesShort });
    expect(JSON.parse(audit.after!)).toEqual({ notesShort: 'Zebrafish mentoring track' });
    const stale = await actions.updateProgramAction(null, formData({ ...values, provider: 'Other Provider' }));
    expect(stale).toMatchObject({ ok: false, values: { provider: 'Other Provider' } });
    if (!stale.ok) {
      expect(stale.message).toContain('program-editor@example.test changed this program');
      expect(stale.conflict?.sort()).toEqual(['notesShort', 'provider']);
    }
    const invalid = await actions.updateProgramAction(null, formData({ ...values, version: String(program.version + 1), format: 'teleport', website_url: 'ftp://x' }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { format: expect.stringContaining('Format must be one of'), website_url: expect.any(String) } });
    mockRequest.sessionToken = undefined;
  });

  it('creates, verifies and deletes with an audit entry each; a taken slug is refused', async () => {
    const { programFormSchema } = await import('@/lib/validation/program-form');
    const base = await programForm(database.db, slug);
    const created = await mutations.createProgram(editor, programFormSchema.parse({ ...base, slug: 'test-new-program', status: 'draft' }));
    if (!created.ok) throw new Error('create failed');
    expect(await mutations.createProgram(editor, programFormSchema.parse({ ...base, slug: 'test-new-program' }))).toEqual({ ok: false, kind: 'slug_taken' });
    expect((await mutations.markProgramVerified(editor, created.id, new Date('2026-02-01T00:00:00Z'))).ok).toBe(true);
    expect((await mutations.deleteProgram(editor, created.id)).ok).toBe(true);
    expect(await database.db.program.findUnique({ where: { id: created.id } })).toBeNull();
    const trail = await database.db.auditLog.findMany({ where: { entityType: 'program', entityId: created.id }, orderBy: { id: 'asc' } });
    expect(trail.map((a) => a.action)).toEqual(['program.create', 'program.verify', 'program.delete']);
  });

  it('every program action and mutation refuses without a session or role, and writes nothing', async () => {
    const program = await database.db.program.findUniqueOrThrow({ where: { slug } });
    const values = { ...(await programForm(database.db, slug)), id: String(program.id), version: String(program.version), name: 'Hijacked' };
    const auditBefore = await database.db.auditLog.count();
    mockRequest.sessionToken = undefined;
    for (const run of [actions.createProgramAction, actions.updateProgramAction, actions.verifyProgramAction, actions.deleteProgramAction]) {
      expect(await run(null, formData({ ...values, slug: 'hijacked-program' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    }
    const { programFormSchema } = await import('@/lib/validation/program-form');
    const input = programFormSchema.parse(values);
    for (const actor of [null, { id: 1, email: 'v@example.test', role: 'viewer' }]) {
      await expect(mutations.createProgram(actor, input)).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.updateProgram(actor, program.id, program.version, input)).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.markProgramVerified(actor, program.id)).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.deleteProgram(actor, program.id)).rejects.toMatchObject({ name: 'AuthError' });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.program.findUniqueOrThrow({ where: { id: program.id } })).toEqual(program);
    expect(await database.db.program.findUnique({ where: { slug: 'hijacked-program' } })).toBeNull();
  });

  it('queues: stale lenders/programs and unknown-format programs match their lists and the dashboard counts', async () => {
    const { countAdminQueues } = await import('@/lib/schools/admin-queries');
    const { listProgramsForAdmin } = await import('@/lib/programs/admin-queries');
    const { listLendersForAdmin } = await import('@/lib/lenders/admin-queries');
    const now = new Date('2026-06-01T00:00:00Z');
    const [lender] = await database.db.lender.findMany({ orderBy: { id: 'asc' }, take: 1 });
    await database.db.lender.update({ where: { id: lender.id }, data: { lastVerifiedAt: new Date('2026-05-01T00:00:00Z') } });
    const program = await database.db.program.findFirstOrThrow({ where: { format: { not: 'unknown' } }, orderBy: { id: 'asc' } });
    await database.db.program.update({ where: { id: program.id }, data: { format: 'unknown' } });
    const counts = await countAdminQueues(now);
    const staleLenders = await listLendersForAdmin({ sort: 'name', queue: 'stale' }, now);
    const stalePrograms = await listProgramsForAdmin({ sort: 'name', queue: 'stale' }, now);
    const unknownPrograms = await listProgramsForAdmin({ sort: 'name', queue: 'unknown' }, now);
    expect(staleLenders.map((l) => l.id)).not.toContain(lender.id);
    expect(staleLenders).toHaveLength((await database.db.lender.count()) - 1);
    expect(counts.staleLenders).toBe(staleLenders.length);
    expect(counts.stalePrograms).toBe(stalePrograms.length);
    expect(unknownPrograms.map((p) => p.id)).toContain(program.id);
    expect(counts.unknownPrograms).toBe(await database.db.program.count({ where: { format: 'unknown' } }));
    expect(counts.unknownPrograms).toBe(unknownPrograms.length);
  });
});
