// The sentence an editor reads when someone else saved the school first.
import { formatValue } from '../audit/diff';
import { SCHOOL_FIELD_LABEL } from './form-fields';
import type { Conflict } from '../listings/mutations';

type ConflictLike = Pick<Conflict, 'changedBy' | 'changedAt' | 'differences'>;

export function describeConflictMessage(conflict: ConflictLike, labels: Record<string, string> = SCHOOL_FIELD_LABEL, noun = 'school'): string {
  const who = conflict.changedBy ?? 'someone';
  const when = conflict.changedAt ? conflict.changedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'recently';
  const fields = conflict.differences.map(
    (d) => `${labels[d.field] ?? d.field} (yours: ${formatValue(d.yours)}; saved: ${formatValue(d.current)})`,
  );
  return (
    `Not saved: ${who} changed this ${noun} at ${when}, after you opened it. ` +
    (fields.length ? `Fields that differ from the saved version: ${fields.join('; ')}. ` : 'The saved version now matches your input. ') +
    'Your input is kept below; reload the page to start from the saved version.'
  );
}
