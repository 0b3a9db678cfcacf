// The preview hands the uploaded file back to the browser (a hidden field) so the confirm step needs no
// server-side storage. The browser is not trusted with it: the server signs (user, entity, file hash, plan
// digest, time) with an HMAC, verifies it at confirm, and re-validates and re-plans everything anyway.
// See docs/decisions/010-import-preview-carry.md.
import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '../env';

export const PREVIEW_TTL_MS = 60 * 60 * 1000;

// IMPORT_SIGNING_KEY (or the server-actions key several instances already share) makes signatures valid on
// every instance; without either, a per-process key means "upload again" after a restart, never a false accept.
const key = env().IMPORT_SIGNING_KEY || env().NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString('hex');

export type PreviewClaims = { userId: number; entity: string; sha256: string; digest: string; issuedAt: number };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function mac(claims: PreviewClaims): string {
  return createHmac('sha256', key).update(JSON.stringify([claims.userId, claims.entity, claims.sha256, claims.digest, claims.issuedAt])).digest('hex');
}

export function signPreview(claims: PreviewClaims): string {
  return mac(claims);
}

export function verifyPreview(claims: PreviewClaims, signature: string, now = Date.now()): boolean {
  if (!Number.isFinite(claims.issuedAt) || now - claims.issuedAt > PREVIEW_TTL_MS || claims.issuedAt > now + 60_000) return false;
  const expected = Buffer.from(mac(claims), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
