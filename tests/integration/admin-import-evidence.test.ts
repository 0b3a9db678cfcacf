// Evidence sheets through /admin/import on SQLite and PostgreSQL: the dry run (new / changed / unchanged /
// invalid with row numbers), nothing written before confirm, all-or-nothing apply with versions, audit entries
// and confirmed* columns, a school saved after the preview, and the action without a session.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { user, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

type State = import('@/lib/import/state').ImportState;

const SEED_EVIDENCE = readFileSync('prisma/seed-data/evidence.csv', 'utf8');
const HEADER = 'slug,field,value,source_url,source_date,source_kind';
const YALE_FIRST = SEED_EVIDENCE.split(/\r?\n/).find((l) => l.startsWith('yale-md,accepts_international,'))!;
const bytesOf = (text: string) => new TextEncoder().encode(text);
const file = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe.each(PROVIDERS)('evidence import on %s', (provider) => {
  const { database, run, actions, editor } = useTestDatabase(provider, {
    run: () => import('@/lib/import/run'), actions: () => import('@/app/admin/(dashboard)/import/actions'), editor: user('importer@example.test'),
  });

  const preview = (text: string, name = 'evidence.csv') => run.previewImport(editor, 'evidence', { name, bytes: bytesOf(text) });
  async function confirm(state: State) {
    if (state.stage !== 'preview' || !state.carry) throw new Error(`expected an applicable preview, got ${state.message}`);
    return run.confirmImport(editor, state.carry);
  }

  it('re-importing the seed evidence finds every row unchanged', async () => {
    const rows = SEED_EVIDENCE.trim().split(/\r?\n/).length - 1;
    expect(await preview(SEED_EVIDENCE)).toMatchObject({ stage: 'preview', counts: { new: 0, changed: 0, unchanged: rows, invalid: 0 }, carry: null });
  });

  it('previews new and changed sources without writing, then applies them with versions, audit and confirmed columns', async () => {
    const harvard = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const yale = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    expect(harvard.confirmedAcceptsInternational).toBe('unknown');
    const yaleChanged = YALE_FIRST.replace(/,,school$/, ',2025-2026,school');
    const text = file('harvard-md,accepts_international,yes,https://hms.harvard.edu/admissions/international,2025,school', yaleChanged, YALE_FIRST.replace('accepts_international', 'need_based_aid_for_internationals').replace(',yes,', ',yes,'));
    const evidenceBefore = await database.db.evidence.count();
    const auditBefore = await database.db.auditLog.count();
    const state = await preview(text);
    if (state.stage !== 'preview') throw new Error(state.message);
    expect(state.counts).toEqual({ new: 1, changed: 1, unchanged: 1, invalid: 0 });
    expect(state.rows.find((r) => r.outcome === 'new')).toMatchObject({ line: 2, slug: 'harvard-md · accepts_international' });
    expect(state.rows.find((r) => r.outcome === 'changed')).toMatchObject({ line: 3, changes: [{ field: 'sourceDate', label: 'Source date', before: expect.any(String), after: '2025-2026' }] });
    expect(await database.db.evidence.count()).toBe(evidenceBefore);
    expect(await database.db.auditLog.count()).toBe(auditBefore);

    const done = await confirm(state);
    expect(done).toMatchObject({ stage: 'done', message: 'Imported evidence.csv: 1 sources created, 1 updated, 1 unchanged.' });
    const harvardAfter = await database.db.school.findUniqueOrThrow({ where: { id: harvard.id } });
    expect(harvardAfter).toMatchObject({ version: harvard.version + 1, confirmedAcceptsInternational: 'yes' });
    expect((await database.db.school.findUniqueOrThrow({ where: { id: yale.id } })).version).toBe(yale.version + 1);
    expect(await database.db.evidence.count()).toBe(evidenceBefore + 1);
    const added = await database.db.evidence.findFirstOrThrow({ where: { schoolId: harvard.id, sourceUrl: 'https://hms.harvard.edu/admissions/international' } });
    expect(added).toMatchObject({ value: 'yes', sourceDate: '2025', sourceKind: 'school', addedBy: 'importer@example.test' });
    const audit = await database.db.auditLog.findMany({ where: { actorEmail: editor.email }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => [e.action, e.entitySlug, e.note])).toEqual([
      ['school.evidence.add', 'harvard-md', 'import, row 2'],
      ['school.evidence.update', 'yale-md', 'import, row 3'],
      ['import', null, 'Imported evidence from evidence.csv: 1 new, 1 changed, 1 unchanged'],
    ]);
    expect(JSON.parse(audit[1].after!)).toMatchObject({ sourceDate: '2025-2026' });
  });

  it('bad rows are named with their row number and reason; nothing can be confirmed and nothing is written', async () => {
    const snapshot = await database.db.evidence.findMany({ orderBy: { id: 'asc' } });
    const auditBefore = await database.db.auditLog.count();
    const text = file(
      'tufts-md,daca_accepted,yes,https://example.test/ok,2024,school',
      'no-such-school-md,daca_accepted,yes,https://example.test/a,2024,school',
      'tufts-md,daca_accepted,perhaps,https://example.test/b,2024,school',
      'tufts-md,favourite_colour,yes,https://example.test/c,2024,school',
      'tufts-md,daca_accepted,yes,https://example.test/ok,2023,forum',
    );
    const state = await preview(text);
    if (state.stage !== 'preview') throw new Error(state.message);
    expect(state).toMatchObject({ counts: { new: 1, invalid: 4 }, carry: null });
    expect(state.message).toContain('Nothing can be imported until every row is valid');
    const invalid = state.rows.filter((r) => r.outcome === 'invalid');
    expect(invalid.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(invalid[0].reason).toContain('No school with the slug “no-such-school-md”');
    expect(invalid[1].reason).toContain('Value for daca_accepted must be one of yes, no');
    expect(invalid[2].reason).toContain('Field must be one of');
    expect(invalid[3].reason).toBe('Row 2 already gives this page for daca_accepted');
    // A forged plan with invalid rows is refused by apply itself.
    const { parseUpload } = await import('@/lib/import/parse-upload');
    const { planEvidenceImport } = await import('@/lib/import/evidence-plan');
    const { applyEvidenceImport } = await import('@/lib/import/evidence-apply');
    const parsed = await parseUpload('x.csv', bytesOf(text));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await applyEvidenceImport(editor, await planEvidenceImport(parsed.upload), { name: 'x.csv', sha256: 'x' })).toMatchObject({ ok: false, kind: 'invalid_rows' });
    expect(await preview('slug,field,value\ntufts-md,daca_accepted,yes\n')).toMatchObject({ stage: 'error', message: expect.stringContaining('missing required evidence columns: source_url, source_date, source_kind') });
    expect(await database.db.evidence.findMany({ orderBy: { id: 'asc' } })).toEqual(snapshot);
    expect(await database.db.auditLog.count()).toBe(auditBefore);
  });

  it('a school saved after the preview makes confirm show a fresh preview instead of importing', async () => {
    const tufts = await database.db.school.findUniqueOrThrow({ where: { slug: 'tufts-md' } });
    const state = await preview(file('tufts-md,daca_accepted,yes,https://example.test/tufts-daca,2024,forum'));
    await database.db.school.update({ where: { id: tufts.id }, data: { version: { increment: 1 } } });
    const evidenceBefore = await database.db.evidence.count();
    const again = await confirm(state);
    expect(again).toMatchObject({ stage: 'preview', message: expect.stringContaining('The data changed after your preview, so nothing was imported.') });
    expect(await database.db.evidence.count()).toBe(evidenceBefore);
  });

  it('the import action without a session refuses and writes nothing', async () => {
    const evidenceBefore = await database.db.evidence.count();
    mockRequest.sessionToken = undefined;
    const data = new FormData();
    data.set('entity', 'evidence');
    data.set('file', new File([file('tufts-md,daca_accepted,yes,https://example.test/x,2024,forum')], 'e.csv', { type: 'text/csv' }));
    expect(await actions.importAction(null, data)).toEqual({ stage: 'error', message: 'Please sign in again.' });
    expect(await database.db.evidence.count()).toBe(evidenceBefore);
  });
});
