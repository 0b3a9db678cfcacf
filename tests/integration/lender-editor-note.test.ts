// The lender's editor note: empty on existing rows, saved and audited through the lender form like any field,
// named in a conflict, and never shown to readers (not in the JSON API, not a field readers can report on).
// On both databases.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, importWithDatabase, PROVIDERS, type TestDatabase } from '../support/databases';
import { createUser } from '@/lib/factories';
import { mockRequest } from '../support/next-mocks';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

type Actions = typeof import('@/app/admin/(dashboard)/lenders/actions');

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const NOTE = 'Rates page moved in November; asked the lender by email, recheck in March.';

describe.each(PROVIDERS)('lender editor note on %s', (provider) => {
  let database: TestDatabase;
  let actions: Actions;
  let formValues: (row: Parameters<typeof import('@/lib/lenders/form-fields').lenderFormValues>[0]) => Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    actions = await importWithDatabase<Actions>(database.url, '@/app/admin/(dashboard)/lenders/actions');
    ({ lenderFormValues: formValues } = await import('@/lib/lenders/form-fields'));
    const editor = await createUser(database.db, { email: `note-editor-${provider}@example.test` });
    const { createSession } = await import('@/lib/auth/session');
    mockRequest.sessionToken = (await createSession(editor.id)).token;
  });
  afterAll(async () => {
    mockRequest.sessionToken = undefined;
    await database.drop();
  });

  it('is empty on every existing lender after the migration', async () => {
    const lenders = await database.db.lender.findMany({ select: { editorNote: true } });
    expect(lenders.length).toBeGreaterThan(0);
    expect(new Set(lenders.map((l) => l.editorNote))).toEqual(new Set(['']));
  });

  it('saves through the lender form with an audit entry, and a stale save names it in the conflict', async () => {
    const lender = await database.db.lender.findFirstOrThrow({ orderBy: { id: 'asc' }, include: { sources: { orderBy: { position: 'asc' } } } });
    const values: Record<string, string> = { ...formValues(lender), id: String(lender.id), version: String(lender.version) };
    expect(values.editor_note).toBe('');
    const saved = await actions.updateLenderAction(null, formData({ ...values, editor_note: NOTE }));
    expect(saved).toMatchObject({ ok: true, data: { changed: ['editorNote'], version: lender.version + 1 } });
    expect((await database.db.lender.findUniqueOrThrow({ where: { id: lender.id } })).editorNote).toBe(NOTE);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityType: 'lender', entityId: lender.id, action: 'lender.update' } });
    expect([JSON.parse(audit.before!), JSON.parse(audit.after!)]).toEqual([{ editorNote: '' }, { editorNote: NOTE }]);

    const stale = await actions.updateLenderAction(null, formData({ ...values, editor_note: 'Another note' }));
    expect(stale).toMatchObject({ ok: false, conflict: ['editorNote'], values: { editor_note: 'Another note' } });
    if (!stale.ok) expect(stale.message).toContain('Editor note (never shown to readers) (yours: Another note;');
  });

  it('is never shown to readers: not in the JSON API, not a field a correction can name', async () => {
    const { listLendersJson } = await import('@/lib/api/lenders');
    const { CORRECTION_FIELDS } = await import('@/lib/corrections/fields');
    const { results } = await listLendersJson(new URLSearchParams());
    expect(results.length).toBeGreaterThan(0);
    expect(JSON.stringify(results)).not.toContain(NOTE);
    expect(results.every((r) => !('editorNote' in r))).toBe(true);
    expect(CORRECTION_FIELDS.lender.map((f) => f.value)).not.toContain('editorNote');
  });
});
