'use server';
// POST target of every "Report a problem" form (server action; works without JavaScript). Public: no session,
// so it is guarded by Zod, a honeypot and a per-IP limit kept in the database.
import { headers } from 'next/headers';
import { correctionSchema } from '@/lib/validation/correction';
import { fieldErrors } from '@/lib/validation/format-issues';
import { submitCorrection, CORRECTIONS_PER_HOUR } from '@/lib/corrections/submit';
import { clientIp } from '@/lib/auth/client-info';
import type { ReportState } from '@/lib/corrections/report-state';

export async function reportProblemAction(_previous: ReportState | null, formData: FormData): Promise<ReportState> {
  const values: Record<string, string> = {};
  for (const name of ['entityType', 'slug', 'field', 'message', 'email', 'website']) {
    const value = formData.get(name);
    values[name] = typeof value === 'string' ? value : '';
  }
  const kept = { field: values.field, message: values.message, email: values.email };
  const parsed = correctionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: 'Please correct the highlighted fields.', fieldErrors: fieldErrors(parsed.error), values: kept };
  const result = await submitCorrection(parsed.data, clientIp(await headers()));
  if (result.ok) return { ok: true, message: 'Thank you. An editor will check the sources and correct the listing if needed.', fieldErrors: {}, values: {} };
  if (result.kind === 'rate_limited') {
    return { ok: false, message: `You have sent ${CORRECTIONS_PER_HOUR} reports in the last hour. Please try again later.`, fieldErrors: {}, values: kept };
  }
  if (result.kind === 'busy') {
    return { ok: false, message: 'We have received an unusual number of reports in the last hour. Please try again later.', fieldErrors: {}, values: kept };
  }
  return { ok: false, message: 'This listing could not be found; it may have been removed.', fieldErrors: {}, values: kept };
}
