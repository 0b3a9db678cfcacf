// The Unknowns queue's two answers to a hint (a source that supports a value for a fact still unknown):
// - accept: the fact takes the source's value; the source stays as its support. A school edit like any other:
//   version checked and bumped, audited (the column before and after), confirmed* recomputed, and a composed
//   reader summary rewritten from the new facts.
// - dismiss: the hint stops showing. Stored by what it says (school, field, value, page) so a re-seed that
//   rewrites the evidence rows does not bring it back; audited; the school's facts and version are untouched.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { followFacts } from '../schools/reader-summary';
import type { SummaryFacts } from '../schools/summary';
import { evidenceFieldSpec, valueAsText } from './fields';
import { evidenceSnapshot, writeVersioned, type EvidenceWriteResult } from './mutations';
import { evidenceStatus } from './status';
import type { Tx } from './recompute';

export async function acceptHint(actor: Actor | null, schoolId: number, evidenceId: number, expectedVersion: number): Promise<EvidenceWriteResult> {
  assertRole(actor, 'editor');
  const load = async (tx: Tx) => {
    const [school, hint] = await Promise.all([tx.school.findUnique({ where: { id: schoolId } }), tx.evidence.findFirst({ where: { id: evidenceId, schoolId } })]);
    const spec = hint ? evidenceFieldSpec(hint.field) : undefined;
    return school && hint && spec ? { school, hint, spec } : null;
  };
  return writeVersioned(
    actor,
    schoolId,
    expectedVersion,
    async (tx) => {
      const found = await load(tx);
      if (!found) return 'evidence_not_found';
      return evidenceStatus(valueAsText(found.school[found.spec.column]), found.hint.value) === 'hint' ? null : 'not_a_hint';
    },
    async (tx) => {
      const { school, hint, spec } = (await load(tx))!;
      const value = spec.values === null ? Number(hint.value) : hint.value;
      const after = { ...school, [spec.column]: value } as unknown as SummaryFacts;
      const readerSummary = followFacts(school.readerSummary, school as unknown as SummaryFacts, after);
      await tx.school.update({ where: { id: schoolId }, data: { [spec.column]: value, readerSummary } });
      const summaryChange = readerSummary === school.readerSummary ? {} : { readerSummary };
      return {
        audit: {
          action: 'school.evidence.accept',
          before: { [spec.column]: school[spec.column], ...(summaryChange.readerSummary ? { readerSummary: school.readerSummary } : {}) },
          after: { [spec.column]: value, ...summaryChange },
          note: `accepted the value a source gives: ${hint.sourceUrl}`,
        },
        evidenceId,
      };
    },
  );
}

export type DismissResult = { ok: true; slug: string; already: boolean } | { ok: false; kind: 'evidence_not_found' };

export async function dismissHint(actor: Actor | null, schoolId: number, evidenceId: number): Promise<DismissResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const hint = await tx.evidence.findFirst({ where: { id: evidenceId, schoolId }, include: { school: { select: { slug: true } } } });
    if (!hint) return { ok: false as const, kind: 'evidence_not_found' as const };
    const key = { schoolId, field: hint.field, value: hint.value, sourceUrl: hint.sourceUrl };
    const existing = await tx.evidenceHintDismissal.findUnique({ where: { schoolId_field_value_sourceUrl: key } });
    if (existing) return { ok: true as const, slug: hint.school.slug, already: true };
    await tx.evidenceHintDismissal.create({ data: { ...key, dismissedBy: actor.email } });
    await recordAudit(tx, actor, {
      action: 'school.evidence.dismiss',
      entityType: 'school',
      entityId: schoolId,
      entitySlug: hint.school.slug,
      before: evidenceSnapshot(hint),
      note: 'hint dismissed: it no longer shows in the Unknowns queue',
    });
    return { ok: true as const, slug: hint.school.slug, already: false };
  });
}
