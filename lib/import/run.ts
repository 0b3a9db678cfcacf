// The two steps of /admin/import, called by its server action after the session check: preview (parse, plan,
// sign) and confirm (verify, re-parse, re-plan, compare with what was previewed, apply in one transaction).
import 'server-only';
import type { Actor } from '../auth/roles';
import { assertRole } from '../auth/roles';
import { formatValue } from '../audit/diff';
import { isUploadKind, uploadLabels, uploadPlural, type UploadEntityKind } from './entities';
import { parseUpload } from './parse-upload';
import { planImport, type ImportPlan } from './plan';
import { applyImport } from './apply';
import { planEvidenceImport, type EvidencePlan } from './evidence-plan';
import { applyEvidenceImport } from './evidence-apply';
import { sha256Hex, signPreview, verifyPreview } from './signature';
import type { ImportCarry, ImportState, PreviewRow } from './state';

const MAX_FILE_NAME = 200;

type ReadyPlan = Extract<ImportPlan, { ok: true }> | Extract<EvidencePlan, { ok: true }>;

function previewRows(plan: ReadyPlan): PreviewRow[] {
  const labels = uploadLabels(plan.entity);
  return plan.rows
    .filter((row) => row.outcome !== 'unchanged')
    .map((row) => {
      if (row.outcome === 'invalid') return { line: row.line, slug: row.slug, outcome: row.outcome, reason: row.reason };
      if (row.outcome === 'new') return { line: row.line, slug: row.slug, outcome: row.outcome };
      return {
        line: row.line,
        slug: row.slug,
        outcome: row.outcome,
        changes: row.changes.map((c) => ({ field: c.field, label: labels[c.field] ?? c.field, before: formatValue(c.before), after: formatValue(c.after) })),
      };
    });
}

function summary(plan: ReadyPlan): string {
  const { counts } = plan;
  const base = `${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.invalid} invalid.`;
  if (counts.invalid > 0) return `${base} Nothing can be imported until every row is valid: fix the rows listed below and upload the file again.`;
  if (counts.new + counts.changed === 0) return `${base} The database already matches this file; there is nothing to import.`;
  return `${base} Nothing has been changed yet: review the changes and confirm.`;
}

function toPreview(actor: Actor, plan: ReadyPlan, fileName: string, bytes: Uint8Array, message?: string): ImportState {
  const applicable = plan.counts.invalid === 0 && plan.counts.new + plan.counts.changed > 0;
  let carry: ImportCarry | null = null;
  if (applicable) {
    const claims = { userId: actor.id, entity: plan.entity, sha256: sha256Hex(bytes), digest: plan.digest, issuedAt: Date.now() };
    carry = {
      entity: plan.entity,
      fileName,
      content: Buffer.from(bytes).toString('base64'),
      sha256: claims.sha256,
      digest: plan.digest,
      issuedAt: String(claims.issuedAt),
      signature: signPreview(claims),
    };
  }
  return {
    stage: 'preview',
    message: message ? `${message} ${summary(plan)}` : summary(plan),
    entity: plan.entity,
    fileName,
    counts: plan.counts,
    rows: previewRows(plan),
    ignoredColumns: plan.ignoredColumns,
    carry,
  };
}

async function parseAndPlan(entity: UploadEntityKind, fileName: string, bytes: Uint8Array) {
  const parsed = await parseUpload(fileName, bytes);
  if (!parsed.ok) return { error: `${parsed.error} Nothing was changed.` } as const;
  const plan = entity === 'evidence' ? await planEvidenceImport(parsed.upload) : await planImport(entity, parsed.upload);
  if (!plan.ok) return { error: plan.error } as const;
  return { plan } as const;
}

export async function previewImport(actor: Actor | null, entity: unknown, file: { name: string; bytes: Uint8Array } | null): Promise<ImportState> {
  assertRole(actor, 'editor');
  if (!isUploadKind(entity)) return { stage: 'error', message: 'Choose what the file contains: schools, lenders, programs or evidence.' };
  if (!file || file.bytes.byteLength === 0) return { stage: 'error', message: 'Choose a .csv or .xlsx file to upload.' };
  const name = file.name.slice(0, MAX_FILE_NAME);
  const result = await parseAndPlan(entity, name, file.bytes);
  if ('error' in result) return { stage: 'error', message: result.error ?? 'The file could not be read.' };
  return toPreview(actor, result.plan, name, file.bytes);
}

export async function confirmImport(actor: Actor | null, carry: Partial<Record<keyof ImportCarry, string>>): Promise<ImportState> {
  assertRole(actor, 'editor');
  const refused: ImportState = { stage: 'error', message: 'This preview could not be verified or has expired (previews last one hour). Upload the file again. Nothing was changed.' };
  const { entity, fileName = '', content = '', sha256 = '', digest = '', issuedAt = '', signature = '' } = carry;
  if (!isUploadKind(entity) || !/^[0-9a-f]{64}$/.test(signature)) return refused;
  const claims = { userId: actor.id, entity, sha256, digest, issuedAt: Number(issuedAt) };
  if (!verifyPreview(claims, signature)) return refused;
  const bytes = new Uint8Array(Buffer.from(content, 'base64'));
  if (sha256Hex(bytes) !== sha256) return refused;
  const result = await parseAndPlan(entity, fileName.slice(0, MAX_FILE_NAME), bytes);
  if ('error' in result) return { stage: 'error', message: result.error ?? 'The file could not be read.' };
  if (result.plan.digest !== digest) {
    return toPreview(actor, result.plan, fileName, bytes, 'The data changed after your preview, so nothing was imported. This is a fresh preview.');
  }
  const file = { name: fileName, sha256 };
  const applied = result.plan.entity === 'evidence' ? await applyEvidenceImport(actor, result.plan, file) : await applyImport(actor, result.plan as ImportPlan, file);
  if (!applied.ok) return { stage: 'error', message: applied.message };
  const plural = uploadPlural(entity);
  return {
    stage: 'done',
    entity,
    counts: result.plan.counts,
    message: `Imported ${fileName}: ${applied.created} ${plural} created, ${applied.updated} updated, ${applied.unchanged} unchanged.`,
  };
}
