// A reader reports a problem with a listing: honeypot, a per-address limit (5 an hour) and a site-wide one (200
// an hour), both in the database, then the correction and its audit entry in one transaction. Only a keyed
// hash of the address is stored.
import 'server-only';
import { createHmac } from 'node:crypto';
import { db } from '../db';
import { recordAudit } from '../audit/record';
import type { CorrectionInput } from '../validation/correction';
import { consumeRateLimit } from '../security/rate-limit';
import { resolveIpHashKey } from '../security/ip-hash-key';

export const CORRECTIONS_PER_HOUR = 5;
/** Bounds what many addresses together can write (a flood then only pauses the form, not the database). */
export const CORRECTIONS_PER_HOUR_SITE_WIDE = 200;
const HOUR_MS = 60 * 60 * 1000;

// A shared secret key keeps the hash the same on every instance (the limit must be shared) and unguessable;
// production refuses to start without one (lib/security/ip-hash-key.ts). Read on first use, not at import, so
// `next build` needs no key.
let ipKey: string | null = null;

export function hashIp(ip: string): string {
  ipKey ??= resolveIpHashKey();
  return createHmac('sha256', ipKey).update(ip).digest('hex');
}

export type SubmitResult = { ok: true } | { ok: false; kind: 'not_found' | 'rate_limited' | 'busy' };

export async function submitCorrection(input: CorrectionInput, ip: string, now = new Date()): Promise<SubmitResult> {
  // A filled honeypot looks like success to the bot and writes nothing.
  if (input.website.trim() !== '') return { ok: true };
  const delegate = db[input.entityType] as unknown as { findUnique(args: unknown): Promise<{ id: number; status: string } | null> };
  const listing = await delegate.findUnique({ where: { slug: input.slug }, select: { id: true, status: true } });
  if (!listing || listing.status !== 'published') return { ok: false, kind: 'not_found' };
  const ipHash = hashIp(ip);
  if (!(await consumeRateLimit(`correction:${ipHash}`, CORRECTIONS_PER_HOUR, HOUR_MS, now))) return { ok: false, kind: 'rate_limited' };
  if (!(await consumeRateLimit('correction:site-wide', CORRECTIONS_PER_HOUR_SITE_WIDE, HOUR_MS, now))) return { ok: false, kind: 'busy' };
  await db.$transaction(async (tx) => {
    const correction = await tx.correction.create({
      data: { entityType: input.entityType, entityId: listing.id, entitySlug: input.slug, field: input.field, message: input.message, email: input.email, ipHash },
    });
    // The reader is anonymous: the audit entry names what was reported, not the message or the email.
    await recordAudit(tx, null, {
      action: 'correction.create',
      entityType: 'correction',
      entityId: correction.id,
      entitySlug: `${input.entityType}:${input.slug}`,
      after: { entityType: input.entityType, entitySlug: input.slug, field: input.field, status: 'open' },
      note: 'submitted by a reader',
    });
  });
  return { ok: true };
}
