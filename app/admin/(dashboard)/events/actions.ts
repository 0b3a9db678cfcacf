'use server';
// Server actions for events; same shape as the school actions (session + role checked in action()).
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, failure, type ActionResult } from '@/lib/admin/action';
import { revalidateAfterSave } from '@/lib/admin/revalidate';
import { eventFormSchema } from '@/lib/validation/event-form';
import { createEvent, deleteEvent, updateEvent } from '@/lib/events/mutations';
import type { SchoolWriteResult } from '@/lib/schools/mutations';
import { describeConflictMessage } from '@/lib/schools/conflict-message';
import { EVENT_FIELD_LABEL } from '@/lib/events/form-fields';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const editSchema = z.intersection(eventFormSchema, idSchema.extend({ version: z.coerce.number().int().min(1) }));

function refused(result: Exclude<SchoolWriteResult, { ok: true }>, values: Record<string, string>): ActionResult {
  if (result.kind === 'slug_taken') return failure('Another event already uses that slug.', values, { slug: 'This slug is taken' });
  if (result.kind === 'not_found') return failure('This event no longer exists (it may have been deleted).', values);
  return { ...failure(describeConflictMessage(result.conflict, EVENT_FIELD_LABEL, 'event'), values), conflict: result.conflict.differences.map((d) => d.field) };
}

export const createEventAction = action(eventFormSchema, 'editor', async (input, user, values) => {
  const result = await createEvent(user, input);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  redirect(`/admin/events/${result.id}?saved=created`);
});

export const updateEventAction = action(editSchema, 'editor', async ({ id, version, ...input }, user, values) => {
  const result = await updateEvent(user, id, version, input);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  return { ok: true, data: result, message: result.changed.length ? `Saved. Changed: ${result.changed.join(', ')}.` : 'Saved (nothing had changed).' };
});

export const deleteEventAction = action(idSchema, 'editor', async ({ id }, user, values) => {
  const result = await deleteEvent(user, id);
  if (!result.ok) return refused(result, values);
  revalidateAfterSave();
  redirect(`/admin/events?deleted=${encodeURIComponent(result.slug)}`);
});
