'use client';
// The current compare selection with a link to /compare?schools=… (the shareable URL) and a reset.
import Link from 'next/link';
import { clearCompare } from './store';
import { COMPARE_MAX, COMPARE_MIN, slugsHref } from '@/lib/shortlist/slugs';
import { useCompare, useHydrated } from './use-tools-store';

export function CompareTray() {
  const hydrated = useHydrated();
  const selected = useCompare();
  if (!hydrated || selected.length === 0) return null;
  return (
    <div className="no-print mt-3 flex flex-wrap items-center gap-3 rounded border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="compare-tray">
      <span>
        {selected.length} of {COMPARE_MAX} schools selected to compare.
      </span>
      {selected.length >= COMPARE_MIN ? (
        <Link href={slugsHref('/compare', selected)} className="font-semibold">
          Compare {selected.length} schools
        </Link>
      ) : (
        <span className="text-slate-700">Select at least {COMPARE_MIN}.</span>
      )}
      <button type="button" onClick={clearCompare} className="rounded border border-slate-300 bg-white px-2 py-0.5">
        Clear selection
      </button>
    </div>
  );
}
