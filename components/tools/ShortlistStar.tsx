'use client';
// Star toggle for the no-account shortlist (localStorage). Rendered only once JavaScript runs: without it
// there is nothing to store, and a dead button would mislead.
import { toggleShortlist } from '@/lib/shortlist/store';
import { useHydrated, useShortlist } from './use-tools-store';

export function ShortlistStar({ slug, name }: { slug: string; name: string }) {
  const hydrated = useHydrated();
  const pressed = useShortlist().some((e) => e.slug === slug);
  if (!hydrated) return null;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={`Shortlist ${name}`}
      data-testid={`star-${slug}`}
      onClick={() => toggleShortlist(slug)}
      className={`no-print inline-flex items-center gap-1 rounded border px-2.5 py-1 text-sm font-medium ${
        pressed ? 'border-amber-400 bg-amber-50 text-amber-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
      }`}
    >
      <span aria-hidden="true">{pressed ? '★' : '☆'}</span> Shortlist
    </button>
  );
}
