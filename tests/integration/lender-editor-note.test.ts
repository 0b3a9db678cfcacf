// The lender's editor note: empty on existing rows, saved and audited through the lender form like any field,
// named in a conflict, and never shown to readers (not in the JSON API, not a field readers can report on).
// On both databases.
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useSignedInEditor, useTestDatabase } from '../support/use-test-database';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

const NOTE = 'Rates page moved in November; asked the lender by email, recheck in March.';

describe.each(PROVIDERS)('lender editor note on %s', (provider) => {
  const { database, actions, fields } = useTestDatabase(provider, {
    actions: () => import('@/app/admin/(dashboard)/lenders/actions'), fields: () => import('@/lib/lenders/form-fields'),
  });
  useSignedInEditor(database, `note-editor-${provider}@example.test`);
  const formValues = (row: Parameters<typeof fields.lenderFormValues>[0]) => fields.lenderFormValues(row);

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
