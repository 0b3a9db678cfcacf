// What an editor reads when an evidence write (a source added, edited, removed; a hint accepted) is refused.
import type { Conflict } from '../listings/mutations';

export function staleSchoolMessage(conflict: Pick<Conflict, 'changedBy' | 'changedAt'>): string {
  const who = conflict.changedBy ?? 'someone';
  const when = conflict.changedAt ? conflict.changedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'recently';
  return `Not saved: ${who} changed this school at ${when}, after you opened it. Your input is kept; reload the page to see their change, then save again.`;
}

export const EVIDENCE_REFUSAL: Record<'not_found' | 'evidence_not_found' | 'duplicate' | 'not_a_hint', string> = {
  not_a_hint: 'This fact is no longer unknown (someone set it meanwhile), so the hint was not applied. Reload the page.',
  not_found: 'This school no longer exists (it may have been deleted).',
  evidence_not_found: 'That source is no longer there (someone may have removed it). Reload the page.',
  duplicate: 'This fact already has a source with that URL: edit that one instead.',
};
