import { Badge } from './Badge';
import { formatDate, isStale, timeAgo } from '@/lib/dates';

/** "Verified 3 months ago" or, for seed data no editor has checked yet, the as-of date; plus a stale badge. */
export function VerifiedNote({ lastVerifiedAt, asOf }: { lastVerifiedAt: Date | null; asOf: string }) {
  const stale = isStale(lastVerifiedAt, asOf);
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-xs text-slate-600">
      {lastVerifiedAt ? (
        <span title={formatDate(lastVerifiedAt)}>Verified {timeAgo(lastVerifiedAt)}</span>
      ) : (
        <span>Information as of {asOf}; not yet re-verified by an editor</span>
      )}
      {stale ? <Badge tone="amber">Older than 12 months</Badge> : null}
    </span>
  );
}
