import Link from 'next/link';

export type Chip = { param: string; label: string; removeHref: string };

/** The active filters as links that remove one value each, plus "Clear all". */
export function ActiveFilterChips({ chips, clearHref }: { chips: Chip[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.param + chip.label}>
          <Link
            href={chip.removeHref}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 ring-1 ring-brand-100 hover:bg-brand-100"
            aria-label={`Remove filter: ${chip.label}`}
          >
            {chip.label} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href={clearHref} className="inline-flex px-2 py-1 text-sm">
          Clear all
        </Link>
      </li>
    </ul>
  );
}
