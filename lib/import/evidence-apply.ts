// Applies a checked evidence plan in ONE transaction: per school, the version check and bump (a school saved
// since the preview refuses the whole import), each source added or updated with its own audit entry (noting
// the file row), the confirmed* columns recomputed; then one 'import' entry with the counts. All or nothing.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { evidenceSnapshot } from '../evidence/mutations';
import { recomputeConfirmed } from '../evidence/recompute';
import type { ApplyResult } from './apply';
import type { EvidencePlan } from './evidence-plan';

class ImportConflict extends Error {}

export async function applyEvidenceImport(actor: Actor | null, plan: EvidencePlan, file: { name: string; sha256: string }): Promise<ApplyResult> {
  assertRole(actor, 'editor');
  if (!plan.ok) return { ok: false, kind: 'invalid_rows', message: plan.error };
  if (plan.counts.invalid > 0) {
    return { ok: false, kind: 'invalid_rows', message: `Nothing was imported: ${plan.counts.invalid} row(s) are invalid. Fix them and upload the file again.` };
  }
  const { counts } = plan;
  try {
    await db.$transaction(
      async (tx) => {
        for (const school of plan.writes) {
          const { count } = await tx.school.updateMany({ where: { id: school.schoolId, version: school.version }, data: { version: { increment: 1 } } });
          if (count === 0) throw new ImportConflict(`${school.slug} was changed by someone else after the preview.`);
          const last = await tx.evidence.findFirst({ where: { schoolId: school.schoolId }, orderBy: { position: 'desc' }, select: { position: true } });
          let position = (last?.position ?? -1) + 1;
          for (const row of school.rows) {
            const note = `import, row ${row.line}`;
            const base = { action: '', entityType: 'school', entityId: school.schoolId, entitySlug: school.slug, note };
            if (row.evidenceId === null) {
              await tx.evidence.create({ data: { ...row.data, schoolId: school.schoolId, position: position++, addedBy: actor.email } });
              await recordAudit(tx, actor, { ...base, action: 'school.evidence.add', after: evidenceSnapshot(row.data) });
            } else {
              const { count: updated } = await tx.evidence.updateMany({ where: { id: row.evidenceId, schoolId: school.schoolId }, data: row.data });
              if (updated === 0) throw new ImportConflict(`Row ${row.line} (${school.slug}): that source was removed after the preview.`);
              await recordAudit(tx, actor, { ...base, action: 'school.evidence.update', before: row.before ? evidenceSnapshot(row.before) : null, after: evidenceSnapshot(row.data) });
            }
          }
          await recomputeConfirmed(tx, school.schoolId);
        }
        await recordAudit(tx, actor, {
          action: 'import',
          entityType: 'school',
          after: { kind: 'evidence', file: file.name, sha256: file.sha256, created: counts.new, updated: counts.changed, unchanged: counts.unchanged },
          note: `Imported evidence from ${file.name}: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged`,
        });
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof ImportConflict) return { ok: false, kind: 'conflict', message: `Nothing was imported: ${error.message} Upload the file again to see a fresh preview.` };
    throw error;
  }
  return { ok: true, created: counts.new, updated: counts.changed, unchanged: counts.unchanged };
}
