'use client';
// Adds a school to (or removes it from) the compare selection kept in localStorage; at most COMPARE_MAX (ten).
import { useState } from 'react';
import { toggleCompare } from '@/lib/shortlist/store';
import { COMPARE_MAX } from '@/lib/shortlist/slugs';
import { useCompare, useHydrated } from './use-tools-store';

export function CompareToggle({ slug, name }: { slug: string; name: string }) {
  const hydrated = useHydrated();
  const pressed = useCompare().includes(slug);
  const [full, setFull] = useState(false);
  if (!hydrated) return null;
  return (
    <span className="no-print inline-flex items-center gap-1">
      <button
        type="button"
        aria-pressed={pressed}
        aria-label={`Compare ${name}`}
        data-testid={`compare-${slug}`}
        onClick={() => setFull(!toggleCompare(slug))}
        className={`inline-flex items-center gap-1 rounded border px-2.5 py-1 text-sm font-medium ${
          pressed ? 'border-brand-600 bg-brand-50 text-brand-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
        }`}
      >
        <span aria-hidden="true">{pressed ? '✓' : '+'}</span> Compare
      </button>
      <span role="status" className="text-xs text-amber-900">
        {full ? `You can compare at most ${COMPARE_MAX} schools.` : ''}
      </span>
    </span>
  );
}
