// Lender mutations and actions: audit before/after, conflicts, and refusal without a session, on both databases.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAsNewEditor, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';
import { lenderFormFor as lenderForm } from '../support/listing-forms';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

describe.each(PROVIDERS)('lender editing on %s', (provider) => {
  const { database, mutations, actions } = useTestDatabase(provider, { mutations: () => import('@/lib/lenders/mutations'), actions: () => import('@/app/admin/(dashboard)/lenders/actions') });
  let slug: string;
  beforeAll(async () => {
    slug = (await database.db.lender.findFirstOrThrow({ orderBy: { id: 'asc' } })).slug;
  });

  it('saves through the action with audit before/after, then refuses a stale version as a conflict', async () => {
    await signInAsNewEditor(database, 'lender-editor@example.test');
    const lender = await database.db.lender.findUniqueOrThrow({ where: { slug } });
    const values = { ...(await lenderForm(database.db, slug)), id: String(lender.id), version: String(lender.version) };
    const saved = await actions.updateLenderAction(null, formData({ ...values, interest_note: 'Rates from the lender site' }));
    expect(saved).toMatchObject({ ok: true, data: { changed: ['interestNote'] } });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityType: 'lender', entityId: lender.id } });
    expect(JSON.parse(audit.before!)).toEqual({ interestNote: lender.interestNote });
    expect(JSON.parse(audit.after!)).toEqual({ interestNote: 'Rates from the lender site' });
    const stale = await actions.updateLenderAction(null, formData({ ...values, name: 'Other Name' }));
    expect(stale).toMatchObject({ ok: false, values: { name: 'Other Name' } });
    if (!stale.ok) expect(stale.message).toContain('lender-editor@example.test changed this lender');
    mockRequest.sessionToken = undefined;
  });

  it('every lender action and mutation refuses without a session or role, and writes nothing', async () => {
    const lender = await database.db.lender.findUniqueOrThrow({ where: { slug } });
    const values = { ...(await lenderForm(database.db, slug)), id: String(lender.id), version: String(lender.version), name: 'Hijacked' };
    const auditBefore = await database.db.auditLog.count();
    mockRequest.sessionToken = undefined;
    for (const run of [actions.createLenderAction, actions.updateLenderAction, actions.verifyLenderAction, actions.deleteLenderAction]) {
      expect(await run(null, formData({ ...values, slug: 'hijacked-lender' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    }
    const { lenderFormSchema } = await import('@/lib/validation/lender-form');
    const input = lenderFormSchema.parse(values);
    for (const actor of [null, { id: 1, email: 'v@example.test', role: 'viewer' }]) {
      await expect(mutations.createLender(actor, input)).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.updateLender(actor, lender.id, lender.version, input)).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.markLenderVerified(actor, lender.id)).rejects.toMatchObject({ name: 'AuthError' });
      await expect(mutations.deleteLender(actor, lender.id)).rejects.toMatchObject({ name: 'AuthError' });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.lender.findUniqueOrThrow({ where: { id: lender.id } })).toEqual(lender);
  });
});
