// How one source stands against the school's current value: it agrees, it disagrees, or the value is still
// unknown and the source is a hint. Pure; the edit page and the work queues share it.
export type EvidenceStatus = 'agrees' | 'disagrees' | 'hint';

/** `current` as lib/evidence/fields.ts valueAsText gives it ('' = tuition not published). */
export function evidenceStatus(current: string, value: string): EvidenceStatus {
  if (current === '' || current === 'unknown') return 'hint';
  return current === value ? 'agrees' : 'disagrees';
}
