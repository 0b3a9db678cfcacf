import Link from 'next/link';

export type Relaxation = { key: string; label: string; href: string; total: number };

/** The empty state of a directory: which filter to drop and how many results that gives, best first. */
export function NoResults({ noun, relaxations, resetHref }: { noun: { one: string; many: string }; relaxations: Relaxation[]; resetHref: string }) {
  return (
    <div className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4" data-testid="empty-state">
      <h2 className="font-semibold">No {noun.one} matches all of these filters.</h2>
      {relaxations.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {relaxations.slice(0, 4).map((r) => (
            <li key={r.key}>
              <Link href={r.href}>
                Remove {r.label}: {r.total} {r.total === 1 ? noun.one : noun.many}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">
          <Link href={resetHref}>Start again with all {noun.many}</Link>.
        </p>
      )}
    </div>
  );
}
