'use server';
// POST target of the "Suggest an event" form (server action; works without JavaScript). Public: no session,
// so it is guarded by Zod, a honeypot and a per-IP limit kept in the database.
import { headers } from 'next/headers';
import { eventSuggestionSchema } from '@/lib/validation/event-suggestion';
import { fieldErrors } from '@/lib/validation/format-issues';
import { submitEventSuggestion, SUGGESTIONS_PER_HOUR } from '@/lib/events/suggestions';
import { clientIp } from '@/lib/auth/client-info';
import type { ReportState } from '@/lib/corrections/report-state';

const FIELDS = ['title', 'organizerUrl', 'when', 'details', 'email', 'website'] as const;

export async function suggestEventAction(_previous: ReportState | null, formData: FormData): Promise<ReportState> {
  const values: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = formData.get(name);
    values[name] = typeof value === 'string' ? value : '';
  }
  const { website: _honeypot, ...kept } = values;
  const parsed = eventSuggestionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: 'Please correct the highlighted fields.', fieldErrors: fieldErrors(parsed.error), values: kept };
  const result = await submitEventSuggestion(parsed.data, clientIp(await headers()));
  if (result.ok) return { ok: true, message: 'Thank you. An editor will read the organizer’s page and list the event if it fits.', fieldErrors: {}, values: {} };
  return { ok: false, message: `You have sent ${SUGGESTIONS_PER_HOUR} suggestions in the last hour. Please try again later.`, fieldErrors: {}, values: kept };
}
