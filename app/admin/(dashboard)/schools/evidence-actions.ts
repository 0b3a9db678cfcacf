'use server';
// Server actions for a school's per-field sources (evidence). action() checks the session and role; the
// mutations check the actor again, check the school's version, and audit in the same transaction.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action, failure, type ActionResult, type FormValues } from '@/lib/admin/action';
import { revalidateSchool } from '@/lib/admin/revalidate';
import { evidenceBodySchema } from '@/lib/validation/evidence';
import { addEvidence, removeEvidence, updateEvidence, type EvidenceSaved, type EvidenceWriteResult } from '@/lib/evidence/mutations';
import { EVIDENCE_REFUSAL, staleSchoolMessage } from '@/lib/evidence/messages';
import { acceptHint, dismissHint } from '@/lib/evidence/hints';

const target = z.object({ school_id: z.coerce.number().int().positive(), version: z.coerce.number().int().min(1) });
const addSchema = z.intersection(target, evidenceBodySchema);
const editSchema = z.intersection(target.extend({ evidence_id: z.coerce.number().int().positive() }), evidenceBodySchema);
const removeSchema = target.extend({ evidence_id: z.coerce.number().int().positive() });
const dismissSchema = z.object({ school_id: z.coerce.number().int().positive(), evidence_id: z.coerce.number().int().positive() });

function refresh(slug: string, schoolId: number) {
  revalidateSchool(slug);
  // The dashboard pages re-render: the edit page with the new version, the queues without the handled item.
  revalidatePath(`/admin/schools/${schoolId}`);
  revalidatePath('/admin/schools');
  revalidatePath('/admin/disagreements');
}

function settle(result: EvidenceWriteResult, values: FormValues, done: string): ActionResult<EvidenceSaved> {
  if (!result.ok) {
    if (result.kind === 'conflict') return { ...failure(staleSchoolMessage(result.conflict), values), conflict: [] };
    return failure(EVIDENCE_REFUSAL[result.kind], values, result.kind === 'duplicate' ? { source_url: 'Already a source for this fact' } : {});
  }
  refresh(result.slug, result.schoolId);
  return { ok: true, data: { version: result.version, evidenceId: result.evidenceId }, message: done };
}

export const addEvidenceAction = action(addSchema, 'editor', async (input, user, values) => {
  const { school_id, version, ...body } = input;
  return settle(await addEvidence(user, school_id, version, body), values, 'Source added.');
});

export const updateEvidenceAction = action(editSchema, 'editor', async (input, user, values) => {
  const { school_id, version, evidence_id, ...body } = input;
  return settle(await updateEvidence(user, school_id, evidence_id, version, body), values, 'Source saved.');
});

export const removeEvidenceAction = action(removeSchema, 'editor', async ({ school_id, evidence_id, version }, user, values) => {
  return settle(await removeEvidence(user, school_id, evidence_id, version), values, 'Source removed.');
});

export const acceptHintAction = action(removeSchema, 'editor', async ({ school_id, evidence_id, version }, user, values) => {
  return settle(await acceptHint(user, school_id, evidence_id, version), values, 'Accepted: the fact now has this value.');
});

export const dismissHintAction = action(dismissSchema, 'editor', async ({ school_id, evidence_id }, user, values) => {
  const result = await dismissHint(user, school_id, evidence_id);
  if (!result.ok) return failure(EVIDENCE_REFUSAL[result.kind], values);
  refresh(result.slug, school_id);
  return { ok: true, data: { version: 0, evidenceId: evidence_id }, message: result.already ? 'Already dismissed.' : 'Dismissed.' };
});
