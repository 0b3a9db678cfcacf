// The evidence work queues against the seeded data (an oracle read straight from the CSVs): Disagreements
// (known facts with a source that says otherwise) and the Unknowns queue's hints, with "accept" (versioned,
// audited, the source kept) and "dismiss" (stored by what the hint says, audited). Real SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { PROVIDERS } from '../support/databases';
import { signInAs, user, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

const csv = (file: string) => parseCsv(readFileSync(`prisma/seed-data/${file}`, 'utf8')).records.map((r) => r.values);
const schoolRows = new Map(csv('schools.csv').map((s) => [s.slug, s]));
const evidenceRows = csv('evidence.csv');
const isUnknown = (v: string) => v === '' || v === 'unknown';
/** The oracle: (school, field) pairs with a known value and at least one source giving another. */
const expectedDisagreements = new Set(
  evidenceRows.filter((e) => !isUnknown(schoolRows.get(e.slug)![e.field]) && schoolRows.get(e.slug)![e.field] !== e.value).map((e) => `${e.slug} ${e.field}`),
);
const expectedHints = evidenceRows.filter((e) => isUnknown(schoolRows.get(e.slug)![e.field]));

describe.each(PROVIDERS)('evidence queues on %s', (provider) => {
  const { database, queues, hints, actions, alice } = useTestDatabase(provider, {
    queues: () => import('@/lib/evidence/queues'), hints: () => import('@/lib/evidence/hints'), actions: () => import('@/app/admin/(dashboard)/schools/evidence-actions'),
    alice: user('alice@example.test'),
  });

  const hintFor = async (slug: string, field: string) => (await queues.listHints()).find((h) => h.school.slug === slug && h.spec.field === field);

  it('Disagreements lists exactly the known facts that a source contradicts, with those sources; hints match the CSVs', async () => {
    expect(expectedDisagreements.size).toBeGreaterThan(10);
    const items = await queues.listDisagreements();
    expect(new Set(items.map((d) => `${d.school.slug} ${d.spec.field}`))).toEqual(expectedDisagreements);
    const icahn = items.find((d) => d.school.slug === 'icahn-md' && d.spec.field === 'need_based_aid_for_internationals')!;
    expect(icahn.current).toBe(schoolRows.get('icahn-md')!.need_based_aid_for_internationals);
    expect(icahn.disagreeing.every((s) => s.value !== icahn.current)).toBe(true);
    const listed = await queues.listHints();
    expect(listed.map((h) => `${h.school.slug} ${h.spec.field} ${h.source.sourceUrl}`).sort()).toEqual(
      expectedHints.map((e) => `${e.slug} ${e.field} ${e.source_url}`).sort(),
    );
    expect(await queues.countEvidenceQueues()).toEqual({ disagreements: expectedDisagreements.size, hints: expectedHints.length });
  });

  it('accepting a hint sets the value, keeps the source, bumps the version, audits, and re-composes the summary', async () => {
    const hint = (await hintFor('stanford-md', 'institutional_loans_for_internationals'))!;
    expect(hint.source.value).toBe('yes');
    const before = await database.db.school.findUniqueOrThrow({ where: { slug: 'stanford-md' } });
    expect(before.institutionalLoansForInternationals).toBe('unknown');
    const result = await hints.acceptHint(alice, before.id, hint.source.id, before.version);
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    const after = await database.db.school.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.institutionalLoansForInternationals).toBe('yes');
    expect(after.confirmedInstitutionalLoans).toBe(hint.source.sourceKind === 'school' || hint.source.sourceKind === 'official' ? 'yes' : 'unknown');
    expect(after.readerSummary).toContain('school loans');
    expect(await database.db.evidence.findUnique({ where: { id: hint.source.id } })).not.toBeNull();
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: before.id, action: 'school.evidence.accept' } });
    expect(audit.actorEmail).toBe('alice@example.test');
    expect(JSON.parse(audit.before!)).toMatchObject({ institutionalLoansForInternationals: 'unknown' });
    expect(JSON.parse(audit.after!)).toMatchObject({ institutionalLoansForInternationals: 'yes', readerSummary: after.readerSummary });
    expect(audit.note).toContain(hint.source.sourceUrl);
    expect(await hintFor('stanford-md', 'institutional_loans_for_internationals')).toBeUndefined();
    // A second accept of the same source: the fact is known now.
    expect(await hints.acceptHint(alice, before.id, hint.source.id, after.version)).toMatchObject({ ok: false, kind: 'not_a_hint' });
  });

  it('accepting a tuition hint stores the number; a stale version is refused and writes nothing', async () => {
    const hint = (await hintFor('harvard-md', 'tuition_usd_per_year'))!;
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    const auditBefore = await database.db.auditLog.count();
    expect(await hints.acceptHint(alice, school.id, hint.source.id, school.version + 5)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await database.db.school.findUniqueOrThrow({ where: { id: school.id } })).toEqual(school);
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await hints.acceptHint(alice, school.id, hint.source.id, school.version)).toMatchObject({ ok: true });
    const after = await database.db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(after.tuitionUsdPerYear).toBe(Number(hint.source.value));
  });

  it('a dismissed hint stops showing, even after its evidence row is rewritten; dismissing is audited, not versioned', async () => {
    const hint = (await hintFor('yale-md', 'canadians_treated_as'))!;
    const school = await database.db.school.findUniqueOrThrow({ where: { slug: 'yale-md' } });
    expect(await hints.dismissHint(alice, school.id, hint.source.id)).toEqual({ ok: true, slug: 'yale-md', already: false });
    expect(await hintFor('yale-md', 'canadians_treated_as')).toBeUndefined();
    expect(await hints.dismissHint(alice, school.id, hint.source.id)).toMatchObject({ ok: true, already: true });
    const audits = await database.db.auditLog.findMany({ where: { entityId: school.id, action: 'school.evidence.dismiss' } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0].before!)).toMatchObject({ field: 'canadians_treated_as', value: hint.source.value, sourceUrl: hint.source.sourceUrl });
    expect((await database.db.school.findUniqueOrThrow({ where: { id: school.id } })).version).toBe(school.version);
    // A re-seed deletes and re-creates a school's evidence rows: the dismissal is keyed by what the hint says.
    const row = await database.db.evidence.findUniqueOrThrow({ where: { id: hint.source.id } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = row;
    await database.db.evidence.delete({ where: { id: row.id } });
    await database.db.evidence.create({ data: copy });
    expect(await hintFor('yale-md', 'canadians_treated_as')).toBeUndefined();
    // Another school's row cannot be dismissed through this school.
    const other = await database.db.school.findUniqueOrThrow({ where: { slug: 'harvard-md' } });
    expect(await hints.dismissHint(alice, other.id, hint.source.id + 100_000)).toEqual({ ok: false, kind: 'evidence_not_found' });
  });

  it('accept and dismiss refuse without a session or an editor role, and write nothing', async () => {
    const hint = (await queues.listHints())[0];
    const values = { school_id: String(hint.school.id), evidence_id: String(hint.source.id), version: String(hint.school.version) };
    const auditBefore = await database.db.auditLog.count();
    const school = await database.db.school.findUniqueOrThrow({ where: { id: hint.school.id } });
    for (const token of [undefined, 'not-a-token']) {
      mockRequest.sessionToken = token;
      for (const run of [actions.acceptHintAction, actions.dismissHintAction]) {
        expect(await run(null, formData(values))).toMatchObject({ ok: false, message: 'Please sign in again.' });
      }
    }
    for (const actor of [null, { id: 999, email: 'viewer@example.test', role: 'viewer' }]) {
      const status = actor ? 403 : 401;
      await expect(hints.acceptHint(actor, hint.school.id, hint.source.id, hint.school.version)).rejects.toMatchObject({ name: 'AuthError', status });
      await expect(hints.dismissHint(actor, hint.school.id, hint.source.id)).rejects.toMatchObject({ status });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.evidenceHintDismissal.count()).toBe(1);
    expect(await database.db.school.findUniqueOrThrow({ where: { id: hint.school.id } })).toEqual(school);

    await signInAs(alice);
    expect(await actions.acceptHintAction(null, formData(values))).toMatchObject({ ok: true, message: 'Accepted: the fact now has this value.' });
    expect(await actions.acceptHintAction(null, formData({ ...values, evidence_id: 'x' }))).toMatchObject({ ok: false, fieldErrors: { evidence_id: expect.any(String) } });
    mockRequest.sessionToken = undefined;
  });
});
