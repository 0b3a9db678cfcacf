// Ranks guide articles for a free-text query. Every query word must appear (case- and accent-insensitive,
// as a prefix or part of a word) in the title, summary or body. Tier 0: all words in the title; tier 1: all
// words in title + summary; tier 2: the body is needed. Ties go to the most recently reviewed.
import { normalizeText, tokenize } from '../search/normalize';

export type SearchableArticle = { title: string; summary: string; body: string; lastReviewedAt: Date; slug: string };

function containsAll(text: string, words: string[]): boolean {
  return words.every((word) => text.includes(word));
}

/** 0 (title) … 2 (body), or null when some word appears nowhere. */
export function matchTier(words: string[], article: SearchableArticle): 0 | 1 | 2 | null {
  const title = ` ${normalizeText(article.title)} `;
  if (containsAll(title, words)) return 0;
  const titleAndSummary = `${title}${normalizeText(article.summary)} `;
  if (containsAll(titleAndSummary, words)) return 1;
  if (containsAll(`${titleAndSummary}${normalizeText(article.body)} `, words)) return 2;
  return null;
}

export function byNewest(a: SearchableArticle, b: SearchableArticle): number {
  return b.lastReviewedAt.getTime() - a.lastReviewedAt.getTime() || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

export function rankArticles<T extends SearchableArticle>(articles: T[], q: string | null): T[] {
  const words = q ? tokenize(q) : [];
  if (words.length === 0) return [...articles].sort(byNewest);
  return articles
    .map((article) => ({ article, tier: matchTier(words, article) }))
    .filter((r): r is { article: T; tier: 0 | 1 | 2 } => r.tier !== null)
    .sort((a, b) => a.tier - b.tier || byNewest(a.article, b.article))
    .map((r) => r.article);
}
