// Published guide articles: the list (category + search), one article with its rendered body, related guides.
import 'server-only';
import { db } from '../db';
import { renderMarkdown, type RenderedMarkdown } from '../content/markdown';
import { rankArticles } from './search';
import type { GuideQuery } from './guide-params';

const PUBLISHED = { status: 'published' } as const;

export type ArticleSummary = {
  slug: string;
  title: string;
  summary: string;
  category: string;
  tags: string[];
  lastReviewedAt: Date;
  readingMinutes: number;
};

export type ArticleDetail = ArticleSummary & {
  body: string;
  rendered: RenderedMarkdown;
  sources: { url: string; title: string | null }[];
  updatedAt: Date;
  publishedAt: Date | null;
};

// Rendering is pure and keyed by the row's version, so a cached result can never be stale.
const renderCache = new Map<string, RenderedMarkdown>();
const RENDER_CACHE_LIMIT = 500;

function renderArticle(row: { slug: string; version: number; body: string }): RenderedMarkdown {
  const key = `${row.slug}@${row.version}`;
  let rendered = renderCache.get(key);
  if (!rendered) {
    rendered = renderMarkdown(row.body);
    if (renderCache.size >= RENDER_CACHE_LIMIT) renderCache.clear();
    renderCache.set(key, rendered);
  }
  return rendered;
}

export function splitTags(tags: string): string[] {
  return tags
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

type ArticleRow = {
  slug: string;
  title: string;
  summary: string;
  category: string;
  tags: string;
  body: string;
  version: number;
  lastReviewedAt: Date;
};

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: row.category,
    tags: splitTags(row.tags),
    lastReviewedAt: row.lastReviewedAt,
    readingMinutes: renderArticle(row).readingMinutes,
  };
}

const listSelect = {
  slug: true,
  title: true,
  summary: true,
  category: true,
  tags: true,
  body: true,
  version: true,
  lastReviewedAt: true,
} as const;

/** Published articles: relevance order when there is a query, else most recently reviewed first. */
export async function listArticles(query: Partial<GuideQuery> = {}): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    where: { ...PUBLISHED, ...(query.category ? { category: query.category } : {}) },
    select: listSelect,
  });
  return rankArticles(rows, query.q ?? null).map(toSummary);
}

export async function listLatestArticles(count: number): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    where: PUBLISHED,
    select: listSelect,
    orderBy: [{ lastReviewedAt: 'desc' }, { title: 'asc' }],
    take: count,
  });
  return rows.map(toSummary);
}

export async function getArticleBySlug(slug: string): Promise<ArticleDetail | null> {
  const row = await db.article.findFirst({
    where: { ...PUBLISHED, slug },
    include: { sources: { orderBy: { position: 'asc' }, select: { url: true, title: true } } },
  });
  return row ? toDetail(row) : null;
}

function toDetail(
  row: ArticleRow & { updatedAt: Date; publishedAt: Date | null; sources: { url: string; title: string | null }[] },
): ArticleDetail {
  return {
    ...toSummary(row),
    body: row.body,
    rendered: renderArticle(row),
    sources: row.sources,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
  };
}

/** Every published article with its rendered body, most recently reviewed first (the Atom feed). */
export async function listArticleDetails(): Promise<ArticleDetail[]> {
  const rows = await db.article.findMany({
    where: PUBLISHED,
    include: { sources: { orderBy: { position: 'asc' }, select: { url: true, title: true } } },
    orderBy: [{ lastReviewedAt: 'desc' }, { title: 'asc' }],
  });
  return rows.map(toDetail);
}

export const RELATED_LIMIT = 4;

/** Other published articles in the same category or sharing a tag: most shared tags first, then newest. */
export async function relatedArticles(article: Pick<ArticleSummary, 'slug' | 'category' | 'tags'>): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({ where: { ...PUBLISHED, slug: { not: article.slug } }, select: listSelect });
  const tags = new Set(article.tags);
  return rows
    .map((row) => {
      const shared = splitTags(row.tags).filter((t) => tags.has(t)).length;
      const score = shared + (row.category === article.category ? 2 : 0);
      return { row, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.row.lastReviewedAt.getTime() - a.row.lastReviewedAt.getTime() || a.row.title.localeCompare(b.row.title))
    .slice(0, RELATED_LIMIT)
    .map((r) => toSummary(r.row));
}

/** The published articles among these slugs, in the order given (unknown or draft slugs are skipped). */
export async function listArticlesBySlugs(slugs: string[]): Promise<ArticleSummary[]> {
  if (slugs.length === 0) return [];
  const rows = await db.article.findMany({ where: { ...PUBLISHED, slug: { in: slugs } }, select: listSelect });
  const order = new Map(slugs.map((s, i) => [s, i]));
  return rows.sort((a, b) => order.get(a.slug)! - order.get(b.slug)!).map(toSummary);
}
