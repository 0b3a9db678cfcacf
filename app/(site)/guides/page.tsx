// /guides — every published guide, filtered by category (?category=) and searched (?q=). A plain GET form:
// works without JavaScript.
import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticles } from '@/lib/articles/queries';
import { GUIDE_CATEGORIES, categoryLabel } from '@/lib/content/categories';
import { GUIDE_Q_MAX_LENGTH, guidesHref, parseGuideQuery } from '@/lib/articles/guide-params';
import { ArticleListItem } from '@/components/guides/ArticleListItem';
import { IgnoredNotice } from '@/components/IgnoredNotice';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseGuideQuery(await searchParams);
  const title = query.category ? `Guides: ${categoryLabel(query.category)}` : 'Guides for international applicants and IMGs';
  return {
    title,
    description: 'Original, sourced guides on career planning, applying, financing, the IMG pathway, continuing education and Canada.',
    alternates: { canonical: guidesHref({ category: query.category }), types: { 'application/atom+xml': '/guides/feed.xml' } },
  };
}

export default async function GuidesPage({ searchParams }: Props) {
  const { query, ignored } = parseGuideQuery(await searchParams);
  const articles = await listArticles(query);
  const current = GUIDE_CATEGORIES.find((c) => c.slug === query.category);
  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-bold">{current ? `Guides: ${current.label}` : 'Guides'}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          {current
            ? current.blurb
            : 'Original guides for international applicants and international medical graduates. Each one lists its sources and the date we last reviewed it.'}
        </p>
        <IgnoredNotice ignored={ignored} />
      </header>

      <form action="/guides" method="get" role="search" aria-label="Find guides" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="guides-q" className="text-sm font-medium">
            Search guides
          </label>
          <input id="guides-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={GUIDE_Q_MAX_LENGTH} placeholder="e.g. escrow, cosigner, USMLE" className="rounded border border-slate-400 px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="guides-category" className="text-sm font-medium">
            Category
          </label>
          <select id="guides-category" name="category" defaultValue={query.category ?? ''} className="rounded border border-slate-400 px-3 py-2">
            <option value="">All categories</option>
            {GUIDE_CATEGORIES.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Show guides
        </button>
      </form>

      <nav aria-label="Guide categories">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={guidesHref({ q: query.q })} aria-current={query.category ? undefined : 'page'} className={chipClass(!query.category)}>
              All
            </Link>
          </li>
          {GUIDE_CATEGORIES.map((c) => (
            <li key={c.slug}>
              <Link href={guidesHref({ category: c.slug, q: query.q })} aria-current={query.category === c.slug ? 'page' : undefined} className={chipClass(query.category === c.slug)}>
                {c.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p className="text-sm text-slate-700" role="status" data-testid="guides-count">
        {articles.length} guide{articles.length === 1 ? '' : 's'}
        {query.q ? <> matching “{query.q}”, best matches first</> : ', most recently reviewed first'}
        {current ? <> in {current.label}</> : null}.
      </p>

      {articles.length ? (
        <ul className="space-y-3">
          {articles.map((article) => (
            <ArticleListItem key={article.slug} article={article} />
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4">
          No guide matches. <Link href={guidesHref({ category: query.category })} className="underline">Clear the search</Link> or{' '}
          <Link href="/glossary" className="underline">look the term up in the glossary</Link>.
        </p>
      )}

      <p className="text-sm text-slate-600">
        Follow new and updated guides with the <a href="/guides/feed.xml" className="underline">Atom feed</a>.
      </p>
    </div>
  );
}

function chipClass(active: boolean): string {
  // Link colour comes from the global `a` rule (unlayered, so it wins over utilities): keep light backgrounds.
  return active
    ? 'inline-block rounded-full border border-brand-700 bg-brand-100 px-3 py-1 font-semibold'
    : 'inline-block rounded-full border border-slate-300 bg-white px-3 py-1';
}
