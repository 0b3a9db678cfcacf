// Spreadsheet import (/admin/import) on SQLite and PostgreSQL: dry run classification, all-or-nothing apply,
// refusals (bad rows, bad files, tampered previews, no session), XLSX round trip.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAs, signInAsNewEditor, user, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

type State = import('@/lib/import/state').ImportState;

const SEED_SCHOOLS = readFileSync('prisma/seed-data/schools.csv', 'utf8');
const [HEADER_LINE, ...SEED_LINES] = SEED_SCHOOLS.trim().split(/\r?\n/);
const HEADER = HEADER_LINE.split(',');

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function csvOf(rows: Record<string, string>[], header = HEADER): string {
  return [header.join(','), ...rows.map((r) => header.map((h) => csvCell(r[h] ?? '')).join(','))].join('\n') + '\n';
}
function bytesOf(text: string) {
  return new TextEncoder().encode(text);
}

/** Seed rows as objects, parsed by the app's own CSV reader (the seed file is the fixture). */
async function seedRows(): Promise<Record<string, string>[]> {
  const { parseCsv } = await import('@/lib/csv/parse');
  return parseCsv(SEED_SCHOOLS).records.map((r) => r.values);
}

function newSchool(slug: string): Record<string, string> {
  return {
    slug, name: 'Imported Test School of Medicine', degree: 'MD', city: 'Testville', state: 'OH', ownership: 'private',
    accepts_international: 'yes', us_coursework_required: 'none', escrow_or_proof_of_funds: 'none',
    need_based_aid_for_internationals: 'unknown', merit_scholarships_for_internationals: 'unknown',
    institutional_loans_for_internationals: 'unknown', cosigner_loans_accepted: 'unknown', daca_accepted: 'unknown',
    canadians_treated_as: 'unknown', tuition_usd_per_year: '61000', tuition_year: '2025-2026', website_url: 'https://example.test/',
    international_policy_url: '', notes_short: 'Test row', source_urls: 'https://example.test/intl', as_of: '2026-01-01',
  };
}

describe.each(PROVIDERS)('spreadsheet import on %s', (provider) => {
  const { database, run, actions, editor } = useTestDatabase(provider, {
    run: () => import('@/lib/import/run'), actions: () => import('@/app/admin/(dashboard)/import/actions'), editor: user('importer@example.test'),
  });
  let rows: Record<string, string>[];
  beforeAll(async () => {
    rows = await seedRows();
  });

  const preview = (text: string | Uint8Array, name = 'schools.csv', entity = 'school') =>
    run.previewImport(editor, entity, { name, bytes: typeof text === 'string' ? bytesOf(text) : text });

  async function confirm(state: State) {
    if (state.stage !== 'preview' || !state.carry) throw new Error(`expected an applicable preview, got ${state.message}`);
    return run.confirmImport(editor, state.carry);
  }

  it('re-importing the seed file finds every row unchanged', async () => {
    const state = await preview(SEED_SCHOOLS);
    expect(state).toMatchObject({ stage: 'preview', counts: { new: 0, changed: 0, unchanged: SEED_LINES.length, invalid: 0 }, carry: null });
  });

  it('a good import previews field-level diffs, then applies every row with versions and audit entries', async () => {
    const [a, b] = rows;
    const before = await database.db.school.findUniqueOrThrow({ where: { slug: a.slug }, include: { sources: true } });
    const file = csvOf([{ ...a, tuition_usd_per_year: '88888', city: 'Imported City' }, b, newSchool('imported-test-md')]);
    const state = await preview(file);
    if (state.stage !== 'preview') throw new Error(state.message);
    expect(state.counts).toEqual({ new: 1, changed: 1, unchanged: 1, invalid: 0 });
    const changed = state.rows.find((r) => r.outcome === 'changed')!;
    expect(changed).toMatchObject({ line: 2, slug: a.slug });
    expect(changed.changes!.map((c) => [c.field, c.after]).sort()).toEqual([['city', 'Imported City'], ['tuitionUsdPerYear', '88888']]);
    // The preview wrote nothing.
    expect(await database.db.school.findUnique({ where: { slug: 'imported-test-md' } })).toBeNull();
    expect((await database.db.school.findUniqueOrThrow({ where: { id: before.id } })).city).toBe(before.city);

    const done = await confirm(state);
    expect(done).toMatchObject({ stage: 'done', message: expect.stringContaining('1 schools created, 1 updated, 1 unchanged') });
    const after = await database.db.school.findUniqueOrThrow({ where: { id: before.id }, include: { sources: true } });
    expect(after).toMatchObject({ city: 'Imported City', tuitionUsdPerYear: 88888, version: before.version + 1, aliases: before.aliases });
    expect(after.searchText).toContain('imported city');
    expect(after.sources.map((s) => [s.url, s.title]).sort()).toEqual(before.sources.map((s) => [s.url, s.title]).sort());
    const created = await database.db.school.findUniqueOrThrow({ where: { slug: 'imported-test-md' }, include: { sources: true } });
    expect(created).toMatchObject({ status: 'published', tuitionUsdPerYear: 61000, version: 1 });
    expect(created.sources.map((s) => s.url)).toEqual(['https://example.test/intl']);
    const audit = await database.db.auditLog.findMany({ where: { actorEmail: editor.email }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => [e.action, e.entitySlug])).toEqual([
      ['school.update', a.slug],
      ['school.create', 'imported-test-md'],
      ['import', null],
    ]);
    expect(JSON.parse(audit[0].before!)).toEqual({ city: before.city, tuitionUsdPerYear: before.tuitionUsdPerYear });
    expect(JSON.parse(audit[2].after!)).toMatchObject({ file: 'schools.csv', created: 1, updated: 1, unchanged: 1 });
    expect(audit[2].note).toBe('Imported schools.csv: 1 new, 1 changed, 1 unchanged');
  });

  it('a file with one bad row names the row and reason, offers no confirm, and changes nothing', async () => {
    const [, , c, d] = rows;
    const auditBefore = await database.db.auditLog.count();
    const snapshot = await database.db.school.findMany({ orderBy: { id: 'asc' } });
    const file = csvOf([{ ...c, city: 'Should Not Land' }, { ...d, state: 'ZZ' }, newSchool('never-created-md')]);
    const state = await preview(file);
    expect(state).toMatchObject({ stage: 'preview', counts: { new: 1, changed: 1, invalid: 1 }, carry: null });
    if (state.stage !== 'preview') return;
    expect(state.message).toContain('Nothing can be imported until every row is valid');
    expect(state.rows.find((r) => r.outcome === 'invalid')).toMatchObject({ line: 3, slug: d.slug, reason: expect.stringContaining('state: State must be one of') });
    // Even a forged plan with invalid rows is refused by apply itself.
    const { parseUpload } = await import('@/lib/import/parse-upload');
    const { planImport } = await import('@/lib/import/plan');
    const { applyImport } = await import('@/lib/import/apply');
    const parsed = await parseUpload('x.csv', bytesOf(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await applyImport(editor, await planImport('school', parsed.upload), { name: 'x.csv', sha256: 'x' })).toMatchObject({ ok: false, kind: 'invalid_rows' });
    expect(await database.db.school.findMany({ orderBy: { id: 'asc' } })).toEqual(snapshot);
    expect(await database.db.auditLog.count()).toBe(auditBefore);
  });

  it('a write failing mid-transaction (slug created after the plan) leaves no partial write', async () => {
    const [, , , , e, f] = rows;
    const file = csvOf([{ ...e, notes_short: 'Partial A' }, { ...f, notes_short: 'Partial B' }, newSchool('collision-md')]);
    const state = await preview(file);
    if (state.stage !== 'preview') throw new Error(state.message);
    const { parseUpload } = await import('@/lib/import/parse-upload');
    const { planImport } = await import('@/lib/import/plan');
    const { applyImport } = await import('@/lib/import/apply');
    const parsed = await parseUpload('x.csv', bytesOf(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planImport('school', parsed.upload);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.writes.map((w) => [w.slug, w.id === null ? 'create' : 'update'])).toEqual([[e.slug, 'update'], [f.slug, 'update'], ['collision-md', 'create']]);
    // Someone creates the same slug after the plan: the third write collides after two updates already ran.
    const template = await database.db.school.findUniqueOrThrow({ where: { slug: e.slug } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = template;
    await database.db.school.create({ data: { ...copy, slug: 'collision-md', name: 'Created meanwhile' } });
    const auditBefore = await database.db.auditLog.count();
    expect(await applyImport(editor, plan, { name: 'x.csv', sha256: 'x' })).toMatchObject({ ok: false, kind: 'conflict' });
    for (const slug of [e.slug, f.slug]) {
      const school = await database.db.school.findUniqueOrThrow({ where: { slug } });
      expect(school.notesShort).not.toMatch(/^Partial/);
    }
    expect((await database.db.school.findUniqueOrThrow({ where: { slug: e.slug } })).version).toBe(template.version);
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    // Through the confirm step the digest notices first: a fresh preview, nothing imported.
    const again = await confirm(state);
    expect(again).toMatchObject({ stage: 'preview', message: expect.stringContaining('The data changed after your preview') });
    expect((await database.db.school.findUniqueOrThrow({ where: { slug: e.slug } })).notesShort).not.toBe('Partial A');
  });

  it('a version bumped between plan and write rolls back the rows already written', async () => {
    const [, , , , , , g, h] = rows;
    const { parseUpload } = await import('@/lib/import/parse-upload');
    const { planImport } = await import('@/lib/import/plan');
    const { applyImport } = await import('@/lib/import/apply');
    const parsed = await parseUpload('x.csv', bytesOf(csvOf([{ ...g, city: 'Rollback G' }, { ...h, city: 'Rollback H' }])));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planImport('school', parsed.upload);
    await database.db.school.update({ where: { slug: h.slug }, data: { version: { increment: 1 } } });
    expect(await applyImport(editor, plan, { name: 'x.csv', sha256: 'x' })).toMatchObject({ ok: false, kind: 'conflict', message: expect.stringContaining(`Row 3 (${h.slug})`) });
    expect((await database.db.school.findUniqueOrThrow({ where: { slug: g.slug } })).city).toBe(g.city);
  });

  it('XLSX round trip: a workbook with a changed row previews and applies like the CSV', async () => {
    const row = rows[10];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Schools');
    sheet.addRow(HEADER);
    // Numbers typed as numbers and the as-of year as a number, as Excel would keep them.
    sheet.addRow(HEADER.map((h) => (h === 'tuition_usd_per_year' ? 70123 : h === 'as_of' && /^\d{4}$/.test(row.as_of) ? Number(row.as_of) : row[h])));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const state = await preview(bytes, 'schools.xlsx');
    if (state.stage !== 'preview') throw new Error(state.message);
    expect(state.counts).toEqual({ new: 0, changed: 1, unchanged: 0, invalid: 0 });
    expect(state.rows[0].changes!.map((c) => c.field)).toEqual(['tuitionUsdPerYear']);
    expect(await confirm(state)).toMatchObject({ stage: 'done' });
    expect((await database.db.school.findUniqueOrThrow({ where: { slug: row.slug } })).tuitionUsdPerYear).toBe(70123);
  });

  it('refuses bad files with a clear reason: size, type, encoding, header, duplicates, empty', async () => {
    const [a, b] = rows;
    const auditBefore = await database.db.auditLog.count();
    const cases: [string | Uint8Array, string, RegExp][] = [
      [new Uint8Array(5 * 1024 * 1024 + 1).fill(65), 'big.csv', /larger than 5 MB/],
      [SEED_SCHOOLS, 'schools.txt', /Upload a \.csv or \.xlsx file/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'zip.csv', /is a zip or Excel file/],
      [new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0x0a]), 'latin.csv', /not UTF-8/],
      [SEED_SCHOOLS, 'text.xlsx', /not an Excel workbook/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), 'broken.xlsx', /could not be opened/],
      ['slug,name\na-md,A\n', 'short.csv', /missing required schools columns: degree, city/],
      [`${HEADER_LINE}\n"unterminated`, 'quote.csv', /could not be read/],
      [`${HEADER_LINE}\n${SEED_LINES[0]}\n"abc"def${SEED_LINES[1].slice(SEED_LINES[1].indexOf(','))}\n`, 'text-after-quote.csv', /could not be read: Line 3 has text right after a closing quote/],
      [`${HEADER_LINE}\n`, 'empty-body.csv', /no rows/],
    ];
    for (const [content, name, message] of cases) {
      const state = await preview(content, name);
      expect(state, name).toMatchObject({ stage: 'error', message: expect.stringMatching(message) });
    }
    const dup = await preview(csvOf([{ ...a, city: 'Dup 1' }, b, { ...a, city: 'Dup 2' }]));
    expect(dup).toMatchObject({ stage: 'preview', carry: null, counts: { invalid: 1 } });
    if (dup.stage === 'preview') expect(dup.rows.find((r) => r.outcome === 'invalid')).toMatchObject({ line: 4, reason: `Duplicate slug: row 2 already has ${a.slug}` });
    expect(await database.db.auditLog.count()).toBe(auditBefore);
  });

  it('imports lenders and programs with their own schemas', async () => {
    const lenders = readFileSync('prisma/seed-data/lenders.csv', 'utf8');
    const { parseCsv } = await import('@/lib/csv/parse');
    const table = parseCsv(lenders);
    const first = table.records[0].values;
    const state = await preview(csvOf([{ ...first, interest_note: 'Imported interest note' }], table.header), 'lenders.csv', 'lender');
    if (state.stage !== 'preview') throw new Error(state.message);
    expect(state.rows).toMatchObject([{ outcome: 'changed', changes: [{ field: 'interestNote', after: 'Imported interest note' }] }]);
    expect(await confirm(state)).toMatchObject({ stage: 'done' });
    expect((await database.db.lender.findUniqueOrThrow({ where: { slug: first.slug } })).interestNote).toBe('Imported interest note');
    const programs = parseCsv(readFileSync('prisma/seed-data/programs.csv', 'utf8'));
    const p = programs.records[0].values;
    const wrong = await preview(csvOf([{ ...p, format: 'teleport' }], programs.header), 'programs.csv', 'program');
    expect(wrong).toMatchObject({ stage: 'preview', counts: { invalid: 1 }, rows: [{ line: 2, reason: expect.stringContaining('format: Format must be one of') }] });
    // The school columns are not a programs file.
    expect(await preview(SEED_SCHOOLS, 'schools.csv', 'program')).toMatchObject({ stage: 'error', message: expect.stringContaining('missing required programs columns') });
  });

  it('the action refuses without a session, and confirm refuses a tampered or foreign preview; nothing is written', async () => {
    const [a] = rows;
    const file = new File([csvOf([{ ...a, city: 'Tampered' }])], 'schools.csv', { type: 'text/csv' });
    const auditBefore = await database.db.auditLog.count();
    mockRequest.sessionToken = undefined;
    expect(await actions.importAction(null, formData({ intent: 'preview', entity: 'school', file }))).toEqual({ stage: 'error', message: 'Please sign in again.' });
    await signInAs(editor);
    const state = await actions.importAction(null, formData({ intent: 'preview', entity: 'school', file }));
    if (state.stage !== 'preview' || !state.carry) throw new Error('expected a preview');
    mockRequest.sessionToken = undefined;
    expect(await actions.importAction(null, formData({ intent: 'confirm', ...state.carry }))).toEqual({ stage: 'error', message: 'Please sign in again.' });
    await signInAsNewEditor(database, 'other-importer@example.test');
    // A preview signed for another user, changed content, or a changed digest: all refused.
    expect(await actions.importAction(null, formData({ intent: 'confirm', ...state.carry }))).toMatchObject({ stage: 'error', message: expect.stringContaining('could not be verified') });
    await signInAs(editor);
    const forged = Buffer.from(csvOf([{ ...a, city: 'Forged' }])).toString('base64');
    expect(await actions.importAction(null, formData({ intent: 'confirm', ...state.carry, content: forged }))).toMatchObject({ stage: 'error' });
    expect(await actions.importAction(null, formData({ intent: 'confirm', ...state.carry, digest: '0'.repeat(64) }))).toMatchObject({ stage: 'error' });
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect((await database.db.school.findUniqueOrThrow({ where: { slug: a.slug } })).city).not.toBe('Tampered');
    for (const actor of [null, { id: 1, email: 'v@example.test', role: 'viewer' }]) {
      await expect(run.previewImport(actor, 'school', { name: 'x.csv', bytes: bytesOf(SEED_SCHOOLS) })).rejects.toMatchObject({ name: 'AuthError' });
      await expect(run.confirmImport(actor, state.carry)).rejects.toMatchObject({ name: 'AuthError' });
    }
    // The genuine preview still applies.
    expect(await actions.importAction(null, formData({ intent: 'confirm', ...state.carry }))).toMatchObject({ stage: 'done' });
    mockRequest.sessionToken = undefined;
  });
});
