// Guide articles as a listing kind (lib/listings/kind.ts): sources typed as "Name | URL" lines, tags stored
// comma-separated, and the first publication date stamped once, when the article is first published.
import 'server-only';
import { ALL_PUBLIC_TAGS } from '../cache/tags';
import type { ListingKind, ListingRow } from '../listings/kind';
import { articleFormSchema, type ArticleFormInput } from '../validation/article-form';
import { ARTICLE_FIELD_LABEL, ARTICLE_SNAPSHOT_KEYS } from './form-fields';

type ArticleRow = ListingRow & { title: string; summary: string; category: string; tags: string; lastReviewedAt: Date; body: string; status: string; publishedAt: Date | null };

export const articleKind: ListingKind<ArticleFormInput> = {
  entity: 'article',
  noun: 'article',
  formSchema: articleFormSchema,
  snapshotKeys: ARTICLE_SNAPSHOT_KEYS,
  labels: ARTICLE_FIELD_LABEL,
  fromRow: (listing) => {
    const row = listing as ArticleRow;
    return {
      title: row.title, slug: row.slug, status: row.status, category: row.category, summary: row.summary, tags: row.tags,
      lastReviewed: row.lastReviewedAt.toISOString().slice(0, 10), sources: (row.sources ?? []).map((s) => `${s.title ?? s.url} | ${s.url}`), body: row.body,
    };
  },
  fromInput: (input) => ({
    title: input.title, slug: input.slug, status: input.status, category: input.category, summary: input.summary, tags: input.tags.join(','),
    lastReviewed: input.lastReviewed, sources: input.sources.map((s) => `${s.name} | ${s.url}`), body: input.body,
  }),
  rowData: (input, existing, now) => ({
    title: input.title, slug: input.slug, summary: input.summary, category: input.category, tags: input.tags.join(','), body: input.body,
    lastReviewedAt: new Date(`${input.lastReviewed}T00:00:00Z`), status: input.status,
    publishedAt: (existing as ArticleRow | null)?.publishedAt ?? (input.status === 'published' ? now : null),
  }),
  sources: (input) => input.sources.map((s) => ({ url: s.url, title: s.name })),
  verifiable: false,
  cacheTags: () => ALL_PUBLIC_TAGS,
  adminPath: '/admin/articles',
};
