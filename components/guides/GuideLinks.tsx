import Link from 'next/link';
import { formatDate } from '@/lib/dates';

type Guide = { slug: string; title: string; lastReviewedAt: Date };

/** A short titled list of guides, optionally each with a reason it is suggested. */
export function GuideLinks({
  id,
  title,
  guides,
  reasons,
  more = true,
}: {
  id: string;
  title: string;
  guides: Guide[];
  reasons?: Record<string, string>;
  more?: boolean;
}) {
  if (guides.length === 0) return null;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {guides.map((g) => (
          <li key={g.slug}>
            <Link href={`/guides/${g.slug}`} className="font-medium">
              {g.title}
            </Link>
            <span className="text-slate-600"> · reviewed {formatDate(g.lastReviewedAt)}</span>
            {reasons?.[g.slug] ? <p className="text-slate-700">{reasons[g.slug]}</p> : null}
          </li>
        ))}
      </ul>
      {more ? (
        <p className="mt-2 text-sm">
          <Link href="/guides">All guides</Link>
        </p>
      ) : null}
    </section>
  );
}
