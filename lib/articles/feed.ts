// The guides' Atom feed: one entry per published article, absolute links from siteUrl().
import 'server-only';
import { buildAtomFeed } from '../feeds/atom';
import { listArticleDetails } from './queries';
import { categoryLabel } from '../content/categories';
import { siteUrl } from '../site';

export const GUIDES_FEED_PATH = '/guides/feed.xml';

export async function buildGuidesFeed(): Promise<string> {
  const origin = siteUrl();
  const articles = await listArticleDetails();
  const updated = articles.reduce((latest, a) => (a.lastReviewedAt > latest ? a.lastReviewedAt : latest), new Date(0));
  return buildAtomFeed({
    id: `${origin}/guides`,
    title: 'IMG Pathways — Guides',
    subtitle: 'Sourced guides for international applicants to US medical schools and international medical graduates.',
    selfUrl: `${origin}${GUIDES_FEED_PATH}`,
    alternateUrl: `${origin}/guides`,
    base: `${origin}/`,
    authorName: 'IMG Pathways',
    updated: articles.length ? updated : new Date(),
    entries: articles.map((a) => ({
      id: `${origin}/guides/${a.slug}`,
      title: a.title,
      url: `${origin}/guides/${a.slug}`,
      updated: a.lastReviewedAt,
      published: a.publishedAt ?? a.lastReviewedAt,
      summary: a.summary,
      contentHtml: a.rendered.html,
      categories: [{ term: a.category, label: categoryLabel(a.category) }],
    })),
  });
}
