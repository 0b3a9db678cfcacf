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

const target = z.object({ school_id: z.coerce.number().int().positive(), version: z.coerce.number().int().min(1) });
const addSchema = z.intersection(target, evidenceBodySchema);
const editSchema = z.intersection(target.extend({ evidence_id: z.coerce.number().int().positive() }), evidenceBodySchema);
const removeSchema = target.extend({ evidence_id: z.coerce.number().int().positive() });

function settle(result: EvidenceWriteResult, values: FormValues, done: string): ActionResult<EvidenceSaved> {
  if (!result.ok) {
    if (result.kind === 'conflict') return { ...failure(staleSchoolMessage(result.conflict), values), conflict: [] };
    return failure(EVIDENCE_REFUSAL[result.kind], values, result.kind === 'duplicate' ? { source_url: 'Already a source for this fact' } : {});
  }
  revalidateSchool(result.slug);
  // The edit page re-renders with the new version, so its other forms stay current.
  revalidatePath(`/admin/schools/${result.schoolId}`);
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
