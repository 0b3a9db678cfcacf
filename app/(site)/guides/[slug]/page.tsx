// /guides/[slug] — one guide: sanitized body with a table of contents, its sources, the directory views it
// links to (with live counts) and related guides.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticleBySlug, relatedArticles } from '@/lib/articles/queries';
import { describeDirectoryViews } from '@/lib/articles/directory-views';
import { categoryLabel } from '@/lib/content/categories';
import { guidesHref } from '@/lib/articles/guide-params';
import { formatDate } from '@/lib/dates';
import { siteUrl } from '@/lib/site';
import { SourceList } from '@/components/SourceList';
import { JsonLd } from '@/components/JsonLd';
import { ArticleListItem } from '@/components/guides/ArticleListItem';
import { DirectoryViews } from '@/components/guides/DirectoryViews';
import { TableOfContents } from '@/components/guides/TableOfContents';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug);
  if (!article) return { title: 'Guide not found' };
  const url = `/guides/${article.slug}`;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url,
      section: categoryLabel(article.category),
      tags: article.tags,
      publishedTime: (article.publishedAt ?? article.lastReviewedAt).toISOString(),
      modifiedTime: article.lastReviewedAt.toISOString(),
    },
  };
}

export default async function GuidePage({ params }: Props) {
  const article = await getArticleBySlug((await params).slug);
  if (!article) notFound();
  const [views, related] = await Promise.all([describeDirectoryViews(article.rendered.links), relatedArticles(article)]);

  return (
    <article className="space-y-6">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: article.title,
          description: article.summary,
          dateModified: article.lastReviewedAt.toISOString(),
          datePublished: (article.publishedAt ?? article.lastReviewedAt).toISOString(),
          mainEntityOfPage: `${siteUrl()}/guides/${article.slug}`,
          citation: article.sources.map((s) => s.url),
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/guides">Guides</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={guidesHref({ category: article.category })}>{categoryLabel(article.category)}</Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{article.title}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{article.summary}</p>
        <p className="mt-2 text-sm text-slate-600">
          <span>{categoryLabel(article.category)}</span> ·{' '}
          <span data-testid="last-reviewed">
            Last reviewed <time dateTime={article.lastReviewedAt.toISOString().slice(0, 10)}>{formatDate(article.lastReviewedAt)}</time>
          </span>{' '}
          · <span>{article.readingMinutes} min read</span>
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <TableOfContents entries={article.rendered.toc} />
        </aside>
        <div className="min-w-0 space-y-6">
          <div className="prose-article max-w-3xl rounded-lg border border-slate-200 bg-white p-5" data-testid="article-body" dangerouslySetInnerHTML={{ __html: article.rendered.html }} />

          <DirectoryViews views={views} />

          <section aria-labelledby="sources-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="article-sources">
            <h2 id="sources-heading" className="text-lg font-semibold">
              Sources
            </h2>
            <p className="mb-2 text-sm text-slate-700">
              What this guide relies on, last reviewed {formatDate(article.lastReviewedAt)}. Rules change: check the source before you act.
            </p>
            <SourceList sources={article.sources} />
          </section>

          {related.length ? (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading" className="text-lg font-semibold">
                Related guides
              </h2>
              <ul className="mt-2 space-y-3">
                {related.map((r) => (
                  <ArticleListItem key={r.slug} article={r} headingLevel="h3" />
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
