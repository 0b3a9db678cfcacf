// A duplicate slug on a lender or a program is refused as `slug_taken` (a form message, input kept), never a
// 500: when the pre-check sees it, and when the unique index catches a save that raced past the pre-check.
// On both databases, on create and on update.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS, type TestDatabase } from '../support/databases';
import { formData } from '../support/form-data';
import { lenderFormFor, programFormFor } from '../support/listing-forms';
import { useSignedInEditor, useTestDatabase } from '../support/use-test-database';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

type Db = TestDatabase['db'];
type Editor = { id: number; email: string; role: string };
type Result = { ok: boolean; kind?: string; id?: number };
type FormResult = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/** What each kind needs: its form values from a row, its mutations and actions, its table. */
type KindUnderTest = {
  noun: 'lender' | 'program';
  load(): Promise<{
    form(db: Db, slug: string): Promise<Record<string, string>>;
    create(actor: Editor, values: Record<string, string>): Promise<Result>;
    update(actor: Editor, id: number, version: number, values: Record<string, string>): Promise<Result>;
    createAction(values: Record<string, string>): Promise<FormResult>;
    updateAction(values: Record<string, string>): Promise<FormResult>;
    rows(db: Db): Promise<{ id: number; slug: string; version: number }[]>;
    count(db: Db, slug: string): Promise<number>;
  }>;
};

const lenders: KindUnderTest = {
  noun: 'lender',
  async load() {
    const mutations = await import('@/lib/lenders/mutations');
    const actions = await import('@/app/admin/(dashboard)/lenders/actions');
    const { lenderFormSchema } = await import('@/lib/validation/lender-form');
    return {
      form: lenderFormFor,
      create: (actor, values) => mutations.createLender(actor, lenderFormSchema.parse(values)),
      update: (actor, id, version, values) => mutations.updateLender(actor, id, version, lenderFormSchema.parse(values)),
      createAction: (values) => actions.createLenderAction(null, formData(values)),
      updateAction: (values) => actions.updateLenderAction(null, formData(values)),
      rows: (db) => db.lender.findMany({ orderBy: { id: 'asc' }, take: 2 }),
      count: (db, slug) => db.lender.count({ where: { slug } }),
    };
  },
};

const programs: KindUnderTest = {
  noun: 'program',
  async load() {
    const mutations = await import('@/lib/programs/mutations');
    const actions = await import('@/app/admin/(dashboard)/programs/actions');
    const { programFormSchema } = await import('@/lib/validation/program-form');
    return {
      form: programFormFor,
      create: (actor, values) => mutations.createProgram(actor, programFormSchema.parse(values)),
      update: (actor, id, version, values) => mutations.updateProgram(actor, id, version, programFormSchema.parse(values)),
      createAction: (values) => actions.createProgramAction(null, formData(values)),
      updateAction: (values) => actions.updateProgramAction(null, formData(values)),
      rows: (db) => db.program.findMany({ orderBy: { id: 'asc' }, take: 2 }),
      count: (db, slug) => db.program.count({ where: { slug } }),
    };
  },
};

describe.each(PROVIDERS)('duplicate slugs on %s', (provider) => {
  const { database, app } = useTestDatabase(provider, { app: () => import('@/lib/db') });
  const editor = useSignedInEditor(database, `slug-editor-${provider}@example.test`);

  describe.each([lenders, programs])('$noun', ({ noun, load }) => {
    let kind: Awaited<ReturnType<KindUnderTest['load']>>;
    let first: { id: number; slug: string; version: number };
    let second: { id: number; slug: string; version: number };

    beforeAll(async () => {
      kind = await load();
      [first, second] = await kind.rows(database.db);
    });

    it('create with a taken slug: slug_taken from the mutation, a form message with the input kept from the action', async () => {
      const values = { ...(await kind.form(database.db, first.slug)), name: `A second ${noun}` };
      expect(await kind.create(editor, values)).toEqual({ ok: false, kind: 'slug_taken' });
      const refused = await kind.createAction(values);
      expect(refused).toMatchObject({
        ok: false,
        message: `Another ${noun} already uses that slug.`,
        fieldErrors: { slug: 'This slug is taken' },
        values: { slug: first.slug, name: `A second ${noun}` },
      });
      expect(await kind.count(database.db, first.slug)).toBe(1);
    });

    it('update to another listing’s slug: refused the same way, nothing written', async () => {
      const current = (await kind.rows(database.db)).find((r) => r.id === second.id)!;
      const values = { ...(await kind.form(database.db, current.slug)), slug: first.slug };
      expect(await kind.update(editor, current.id, current.version, values)).toEqual({ ok: false, kind: 'slug_taken' });
      const refused = await kind.updateAction({ ...values, id: String(current.id), version: String(current.version) });
      expect(refused).toMatchObject({ ok: false, message: `Another ${noun} already uses that slug.`, values: { slug: first.slug } });
      expect((await kind.rows(database.db)).find((r) => r.id === second.id)).toEqual(current);
    });

    it('a save that races past the pre-check is caught by the unique index: slug_taken, not a 500', async () => {
      // The pre-check (a findUnique by slug outside the transaction) is made to miss, as when two editors
      // save the same slug at once; the unique index inside the transaction must then refuse the write.
      const delegate = app.db[noun] as unknown as { findUnique: (...args: unknown[]) => Promise<unknown> };
      const missPreCheck = () => vi.spyOn(delegate, 'findUnique').mockResolvedValueOnce(null);
      const values = await kind.form(database.db, first.slug);
      const auditBefore = await database.db.auditLog.count();

      const spy = missPreCheck();
      expect(await kind.create(editor, { ...values, name: `Racing ${noun}` })).toEqual({ ok: false, kind: 'slug_taken' });
      expect(spy).toHaveBeenCalledWith(expect.objectContaining({ where: { slug: first.slug } }));

      const current = (await kind.rows(database.db)).find((r) => r.id === second.id)!;
      missPreCheck();
      const renamed = { ...(await kind.form(database.db, current.slug)), slug: first.slug };
      expect(await kind.update(editor, current.id, current.version, renamed)).toEqual({ ok: false, kind: 'slug_taken' });

      vi.restoreAllMocks();
      expect(await kind.count(database.db, first.slug)).toBe(1);
      expect((await kind.rows(database.db)).find((r) => r.id === second.id)).toEqual(current);
      expect(await database.db.auditLog.count()).toBe(auditBefore);
    });

    it('two creates of one new slug at once: one lands, the other is refused as slug_taken', async () => {
      const values = { ...(await kind.form(database.db, first.slug)), slug: `simultaneous-${noun}` };
      const results = await Promise.all([kind.create(editor, values), kind.create(editor, values)]);
      expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
      expect(results.find((r) => !r.ok)).toEqual({ ok: false, kind: 'slug_taken' });
      expect(await kind.count(database.db, `simultaneous-${noun}`)).toBe(1);
    });
  });
});
