// The admin article form's fields (names = articleSchema keys, so validation errors land on their field).
import { GUIDE_CATEGORY_SLUGS } from '../content/categories';
import { SLUG_FIELD, STATUS_FIELD, type FormFieldSpec } from '../schools/form-fields';

export const ARTICLE_FORM_FIELDS: FormFieldSpec[] = [
  { name: 'title', key: 'title', label: 'Title', kind: 'text' },
  SLUG_FIELD,
  STATUS_FIELD,
  { name: 'category', key: 'category', label: 'Category', kind: 'select', options: GUIDE_CATEGORY_SLUGS },
  { name: 'summary', key: 'summary', label: 'Summary (at most 300 characters)', kind: 'textarea' },
  { name: 'tags', key: 'tags', label: 'Tags (comma-separated)', kind: 'text' },
  { name: 'lastReviewed', key: 'lastReviewed', label: 'Last reviewed (YYYY-MM-DD)', kind: 'text' },
  { name: 'sources', key: 'sources', label: 'Sources (one per line: Name | URL)', kind: 'textarea' },
  { name: 'body', key: 'body', label: 'Body (Markdown)', kind: 'textarea' },
];

export const ARTICLE_FIELD_LABEL: Record<string, string> = Object.fromEntries(ARTICLE_FORM_FIELDS.map((f) => [f.key, f.label]));
export const ARTICLE_SNAPSHOT_KEYS = ARTICLE_FORM_FIELDS.map((f) => f.key);

type ArticleRow = { title: string; slug: string; summary: string; category: string; tags: string; lastReviewedAt: Date; body: string; status: string; sources: { url: string; title: string | null }[] };

export function articleFormValues(row: ArticleRow): Record<string, string> {
  return {
    title: row.title,
    slug: row.slug,
    status: row.status,
    category: row.category,
    summary: row.summary,
    tags: row.tags.split(',').filter(Boolean).join(', '),
    lastReviewed: row.lastReviewedAt.toISOString().slice(0, 10),
    sources: row.sources.map((s) => `${s.title ?? s.url} | ${s.url}`).join('\n'),
    body: row.body,
  };
}

export function emptyArticleValues(today = new Date()): Record<string, string> {
  return { title: '', slug: '', status: 'draft', category: GUIDE_CATEGORY_SLUGS[0], summary: '', tags: '', lastReviewed: today.toISOString().slice(0, 10), sources: '', body: '' };
}
