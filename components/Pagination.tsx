import Link from 'next/link';

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav aria-label="Pagination" className="no-print mt-6">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {page > 1 ? (
          <li>
            <Link className="rounded border border-slate-300 bg-white px-3 py-1.5" href={hrefFor(page - 1)} rel="prev">
              Previous
            </Link>
          </li>
        ) : null}
        {pages.map((p, index) => (
          <li key={p} className="flex items-center gap-1">
            {index > 0 && p - pages[index - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
                {p}
              </span>
            ) : (
              <Link className="rounded border border-slate-300 bg-white px-3 py-1.5" href={hrefFor(p)} aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link className="rounded border border-slate-300 bg-white px-3 py-1.5" href={hrefFor(page + 1)} rel="next">
              Next
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
