import Link from 'next/link';
import type { DirectoryView } from '@/lib/articles/directory-views';

/** The filtered school and program lists a guide links to, in plain words, with live counts. */
export function DirectoryViews({ views }: { views: DirectoryView[] }) {
  if (views.length === 0) return null;
  return (
    <section aria-labelledby="views-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4" data-testid="directory-views">
      <h2 id="views-heading" className="text-lg font-semibold">
        Directory views in this guide
      </h2>
      <p className="mt-1 text-sm text-slate-700">Live lists from our directory, as of today. Counts change as we verify listings.</p>
      <ul className="mt-2 space-y-1 text-sm">
        {views.map((view) => (
          <li key={view.href}>
            <Link href={view.href}>{view.description}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
