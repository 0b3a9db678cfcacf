// Date helpers for "how recently verified" and staleness (a listing older than 12 months is stale).
export const STALE_AFTER_DAYS = 365;

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

/** The date the facts were last confirmed: an editor's verification, else the data's as-of date. */
export function effectiveVerifiedDate(lastVerifiedAt: Date | null, asOf: string): Date {
  if (lastVerifiedAt) return lastVerifiedAt;
  return new Date(asOf.length === 4 ? `${asOf}-01-01T00:00:00Z` : `${asOf}T00:00:00Z`);
}

export function isStale(lastVerifiedAt: Date | null, asOf: string, now = new Date()): boolean {
  return daysBetween(effectiveVerifiedDate(lastVerifiedAt, asOf), now) > STALE_AFTER_DAYS;
}

export function timeAgo(date: Date, now = new Date()): string {
  const days = daysBetween(date, now);
  if (days < 1) return 'today';
  if (days < 2) return 'yesterday';
  if (days < 45) return `${days} days ago`;
  const months = Math.round(days / 30.44);
  if (months < 18) return `${months} month${months === 1 ? '' : 's'} ago`;
  const years = Math.floor(days / 365.25);
  return `${years} year${years === 1 ? '' : 's'} ago`;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
