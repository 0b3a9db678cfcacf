// Applies a checked import plan in ONE transaction: every created or updated row with its sources, version
// bump and audit entry, then one 'import' entry with the counts. Any failure (a row changed since the preview,
// a slug created meanwhile, the database going away) rolls everything back: all or nothing.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import type { ImportPlan, PlannedWrite } from './plan';
import { recomputeConfirmed } from '../evidence/recompute';

export type ApplyResult =
  | { ok: true; created: number; updated: number; unchanged: number }
  | { ok: false; kind: 'invalid_rows' | 'conflict'; message: string };

/** A row changed (or appeared) between the dry run and the write: the whole import is refused. */
class ImportConflict extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type ListingDelegate = {
  create(args: unknown): Promise<{ id: number }>;
  updateMany(args: unknown): Promise<{ count: number }>;
};

async function writeRow(tx: Tx, entity: string, write: PlannedWrite, actor: Actor) {
  const delegate = tx[entity as 'school'] as unknown as ListingDelegate;
  const sources = write.sourceUrls.map((url, position) => ({ url, position }));
  if (write.id === null) {
    const created = await delegate.create({ data: { ...write.data, sources: { create: sources } } });
    await recordAudit(tx, actor, { action: `${entity}.create`, entityType: entity, entityId: created.id, entitySlug: write.slug, after: write.after, note: `import, row ${write.line}` });
    if (entity === 'school') await recomputeConfirmed(tx, created.id);
    return;
  }
  const { count } = await delegate.updateMany({ where: { id: write.id, version: write.version }, data: { ...write.data, version: { increment: 1 } } });
  if (count === 0) throw new ImportConflict(`Row ${write.line} (${write.slug}) was changed by someone else after the preview.`);
  if (write.sourcesChanged) {
    const foreignKey = `${entity}Id`;
    const existing = await tx.source.findMany({ where: { [foreignKey]: write.id }, select: { url: true, title: true } });
    const titles = new Map(existing.map((s) => [s.url, s.title]));
    await tx.source.deleteMany({ where: { [foreignKey]: write.id } });
    await tx.source.createMany({ data: sources.map((s) => ({ ...s, title: titles.get(s.url) ?? null, [foreignKey]: write.id })) });
  }
  await recordAudit(tx, actor, { action: `${entity}.update`, entityType: entity, entityId: write.id, entitySlug: write.slug, before: write.before, after: write.after, note: `import, row ${write.line}` });
  // The school-only filter reads the confirmed* columns: they follow the new values.
  if (entity === 'school') await recomputeConfirmed(tx, write.id);
}

export async function applyImport(actor: Actor | null, plan: ImportPlan, file: { name: string; sha256: string }): Promise<ApplyResult> {
  assertRole(actor, 'editor');
  if (!plan.ok) return { ok: false, kind: 'invalid_rows', message: plan.error };
  if (plan.counts.invalid > 0) {
    return { ok: false, kind: 'invalid_rows', message: `Nothing was imported: ${plan.counts.invalid} row(s) are invalid. Fix them and upload the file again.` };
  }
  const { entity, counts } = plan;
  try {
    await db.$transaction(
      async (tx) => {
        for (const write of plan.writes) await writeRow(tx, entity, write, actor);
        await recordAudit(tx, actor, {
          action: 'import',
          entityType: entity,
          after: { file: file.name, sha256: file.sha256, created: counts.new, updated: counts.changed, unchanged: counts.unchanged },
          note: `Imported ${file.name}: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged`,
        });
      },
      // A large file is thousands of statements: allow it more than the 5-second default.
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof ImportConflict) return { ok: false, kind: 'conflict', message: `Nothing was imported: ${error.message} Upload the file again to see a fresh preview.` };
    if (isUniqueViolation(error)) return { ok: false, kind: 'conflict', message: 'Nothing was imported: a slug in the file was created by someone else after the preview. Upload the file again to see a fresh preview.' };
    throw error;
  }
  return { ok: true, created: counts.new, updated: counts.changed, unchanged: counts.unchanged };
}
