import Link from 'next/link';
import { categoryLabel } from '@/lib/content/categories';
import { formatDate } from '@/lib/dates';

type Item = { slug: string; title: string; summary: string; category: string; lastReviewedAt: Date; readingMinutes: number };

/** One guide in a list: title link, summary, category, last reviewed date and reading time. */
export function ArticleListItem({ article, headingLevel = 'h2' }: { article: Item; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="guide-item" data-category={article.category}>
      <Heading className="text-lg font-semibold">
        <Link href={`/guides/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p className="mt-1 text-slate-800">{article.summary}</p>
      <p className="mt-2 text-sm text-slate-600">
        <span>{categoryLabel(article.category)}</span> · <span>Last reviewed {formatDate(article.lastReviewedAt)}</span> ·{' '}
        <span>{article.readingMinutes} min read</span>
      </p>
    </li>
  );
}
