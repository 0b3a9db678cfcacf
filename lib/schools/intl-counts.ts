// Published counts of international applicants / accepted / matriculated students for one school, per
// admission cycle (IntlCount rows with scope = the school's slug). Each save or delete writes the row and an
// audit entry on the school in one transaction.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { intlCountRowSchema } from '../validation/intl-count';

export type IntlCountInput = ReturnType<typeof intlCountRowSchema.parse>;
export type IntlCountWriteResult = { ok: true; slug: string } | { ok: false; kind: 'not_found' };

const COUNT_KEYS = ['cycle', 'applicants', 'accepted', 'matriculated', 'schoolsAccepting', 'sourceUrl', 'asOf'] as const;
const snapshot = (row: Record<string, unknown>) => Object.fromEntries(COUNT_KEYS.map((k) => [k, row[k] ?? null]));

export function listSchoolIntlCounts(schoolId: number) {
  return db.intlCount.findMany({ where: { schoolId }, orderBy: [{ cycle: 'asc' }] });
}

/** Create or replace the counts for one cycle (the cycle is the row's identity within the school). */
export async function saveSchoolIntlCount(actor: Actor | null, schoolId: number, input: Omit<IntlCountInput, 'scope'>): Promise<IntlCountWriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUnique({ where: { id: schoolId }, select: { slug: true } });
    if (!school) return { ok: false, kind: 'not_found' } as const;
    const key = { scope_cycle: { scope: school.slug, cycle: input.cycle } };
    const before = await tx.intlCount.findUnique({ where: key });
    const data = { ...input, scope: school.slug, schoolId };
    const after = before ? await tx.intlCount.update({ where: key, data }) : await tx.intlCount.create({ data });
    await recordAudit(tx, actor, {
      action: 'school.intl_count.save',
      entityType: 'school',
      entityId: schoolId,
      entitySlug: school.slug,
      before: before ? snapshot(before) : null,
      after: snapshot(after),
      note: `International applicant counts for ${input.cycle}`,
    });
    return { ok: true, slug: school.slug } as const;
  });
}

export async function deleteSchoolIntlCount(actor: Actor | null, schoolId: number, countId: number): Promise<IntlCountWriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const row = await tx.intlCount.findFirst({ where: { id: countId, schoolId } });
    if (!row) return { ok: false, kind: 'not_found' } as const;
    await tx.intlCount.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, {
      action: 'school.intl_count.delete',
      entityType: 'school',
      entityId: schoolId,
      entitySlug: row.scope,
      before: snapshot(row),
      note: `International applicant counts for ${row.cycle} removed`,
    });
    return { ok: true, slug: row.scope } as const;
  });
}
