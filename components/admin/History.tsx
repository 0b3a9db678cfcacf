// A record's change history: one entry per audit row, each changed field shown as before → after (creations
// and deletions are one line each; their full snapshot stays in the audit log).
import { formatValue } from '@/lib/audit/diff';
import { Timestamp } from './Timestamp';

export type HistoryEntry = {
  id: number;
  action: string;
  actorEmail: string | null;
  createdAt: Date;
  note: string | null;
  beforeValues: Record<string, unknown>;
  afterValues: Record<string, unknown>;
};

export function History({ entries, labels }: { entries: HistoryEntry[]; labels: Record<string, string> }) {
  if (entries.length === 0) return <p className="text-sm text-slate-700">No recorded changes yet.</p>;
  return (
    <ol className="space-y-3" data-testid="history">
      {entries.map((entry) => {
        const fields = [...new Set([...Object.keys(entry.beforeValues), ...Object.keys(entry.afterValues)])];
        return (
          <li key={entry.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <p>
              <strong>{entry.action}</strong> by {entry.actorEmail ?? 'the system'} on{' '}
              <Timestamp date={entry.createdAt} />
              {entry.note ? <span className="text-slate-700"> — {entry.note}</span> : null}
            </p>
            {fields.length && !/\.(create|delete)$/.test(entry.action) ? (
              <ul className="mt-1 list-disc pl-5">
                {fields.map((field) => (
                  <li key={field}>
                    {labels[field] ?? field}: <span className="text-slate-700">{formatValue(entry.beforeValues[field])}</span> →{' '}
                    <span className="font-medium">{formatValue(entry.afterValues[field])}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
