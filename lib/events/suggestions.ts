// "Suggest an event": the public submission (honeypot, per-IP limit shared through the database, audited) and
// the moderation queue editors work through (open oldest first; closing needs a note and is audited).
import 'server-only';
import { db } from '../db';
import type { Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { consumeRateLimit } from '../security/rate-limit';
import { hashIp } from '../corrections/submit';
import type { EventSuggestionInput } from '../validation/event-suggestion';
import type { ResolveCorrectionInput } from '../validation/correction';
import { closeSubmission } from '../corrections/close-submission';

export const SUGGESTIONS_PER_HOUR = 5;
/** Bounds what many addresses together can write, like corrections (docs/security.md). */
export const SUGGESTIONS_PER_HOUR_SITE_WIDE = 100;
export const SUGGESTION_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export async function submitEventSuggestion(input: EventSuggestionInput, ip: string, now = new Date()): Promise<{ ok: true } | { ok: false; kind: 'rate_limited' }> {
  if (input.website.trim() !== '') return { ok: true }; // a bot: looks accepted, writes nothing
  const ipHash = hashIp(ip);
  if (!(await consumeRateLimit(`event-suggestion:${ipHash}`, SUGGESTIONS_PER_HOUR, 60 * 60 * 1000, now))) return { ok: false, kind: 'rate_limited' };
  if (!(await consumeRateLimit('event-suggestion:site-wide', SUGGESTIONS_PER_HOUR_SITE_WIDE, 60 * 60 * 1000, now))) return { ok: false, kind: 'rate_limited' };
  await db.$transaction(async (tx) => {
    const row = await tx.eventSuggestion.create({
      data: { title: input.title, organizerUrl: input.organizerUrl, startsLocal: input.when, details: input.details, email: input.email, ipHash },
    });
    await recordAudit(tx, null, {
      action: 'event_suggestion.create',
      entityType: 'event_suggestion',
      entityId: row.id,
      entitySlug: `suggestion:${row.id}`,
      after: { title: input.title, organizerUrl: input.organizerUrl, status: 'open' },
      note: 'submitted by a visitor',
    });
  });
  return { ok: true };
}

export function parseSuggestionStatus(params: Record<string, string | string[] | undefined>): SuggestionStatus {
  const value = Array.isArray(params.status) ? params.status[0] : params.status;
  return (SUGGESTION_STATUSES as readonly string[]).includes(value ?? '') ? (value as SuggestionStatus) : 'open';
}

export async function listEventSuggestions(status: SuggestionStatus, take = 200) {
  const [counts, rows] = await Promise.all([
    db.eventSuggestion.groupBy({ by: ['status'], _count: { _all: true } }),
    db.eventSuggestion.findMany({ where: { status }, orderBy: [{ createdAt: status === 'open' ? 'asc' : 'desc' }, { id: 'asc' }], take }),
  ]);
  const byStatus = Object.fromEntries(SUGGESTION_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0])) as Record<SuggestionStatus, number>;
  return { counts: byStatus, rows };
}

export async function closeEventSuggestion(actor: Actor | null, input: ResolveCorrectionInput, now = new Date()) {
  return closeSubmission(actor, input, now, {
    table: (tx) => tx.eventSuggestion,
    auditPrefix: 'event_suggestion',
    entityType: 'event_suggestion',
    auditSlug: () => `suggestion:${input.id}`,
  });
}
