// /glossary — the terms used across the directory, each with sources and links to the guides.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getGlossary } from '@/lib/content/glossary';

export const metadata: Metadata = {
  title: 'Glossary: escrow, cosigner, DACA, ECFMG, USMLE and more',
  description: 'Plain-language definitions of the terms international applicants and IMGs meet, with sources.',
  alternates: { canonical: '/glossary' },
};

export default function GlossaryPage() {
  const entries = getGlossary();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Glossary</h1>
      <p className="max-w-3xl text-slate-700">The words you will meet on school pages, lender pages and in the guides, in plain language.</p>
      <nav aria-label="Terms" className="text-sm">
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {entries.map((e) => (
            <li key={e.slug}>
              <a href={`#${e.slug}`}>{e.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="space-y-4">
        {entries.map((e) => (
          <div key={e.slug} id={e.slug} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-lg font-semibold">{e.term}</dt>
            <dd className="mt-1 space-y-2 text-slate-800">
              <p>{e.definition}</p>
              {e.relatedGuides.length ? (
                <p className="text-sm">
                  Read more:{' '}
                  {e.relatedGuides.map((slug, i) => (
                    <span key={slug}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/guides/${slug}`}>{slug.replace(/-/g, ' ')}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
              {e.sources.length ? (
                <p className="text-xs text-slate-600">
                  Sources:{' '}
                  {e.sources.map((s, i) => (
                    <span key={s.url}>
                      {i > 0 ? '; ' : ''}
                      <a href={s.url} rel="noopener noreferrer nofollow">{s.name}</a>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
