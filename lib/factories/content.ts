// Rows for guides (articles) and events, built the way the seed builds them from a guide's front matter or an
// events.csv record; tests call build*/create* for a valid published row with only what they care about
// overridden.
import type { Db } from '../db-client';
import { articleSchema, type ArticleInput } from '../validation/article';
import { eventRowSchema, type EventRecord } from '../validation/event';
import { nextSequence, sourceRows, type SourceInput } from './sources';

/** An article's columns and sources from its validated front matter and body; published on its review date. */
export function articleFields(article: ArticleInput) {
  const { slug, sources, tags, lastReviewed, ...rest } = article;
  const lastReviewedAt = new Date(`${lastReviewed}T00:00:00Z`);
  return {
    slug,
    fields: { ...rest, tags: tags.join(','), lastReviewedAt, status: 'published', publishedAt: lastReviewedAt },
    sources: sources.map((s): SourceInput => ({ url: s.url, title: s.name })),
  };
}

/** An event's columns from a validated events.csv record; seeded events are published. */
export function eventFields(record: EventRecord) {
  return { ...record, status: 'published' };
}

const ARTICLE_VALUES = {
  title: 'Paying for medical school as an international applicant',
  slug: 'factory-guide',
  summary: 'What international applicants can expect from school aid, private loans and proof of funds.',
  category: 'financing',
  tags: ['loans'],
  lastReviewed: '2026-01-15',
  sources: [{ name: 'AAMC', url: 'https://www.aamc.org/' }],
  body: 'International applicants usually need proof of funds for at least the first year, and many schools ask for more.',
};

/** A valid published article, with a unique slug unless one is given (overrides are validated too). */
export function buildArticle(overrides: Partial<ArticleInput> = {}) {
  const n = nextSequence();
  return articleFields(articleSchema.parse({ ...ARTICLE_VALUES, slug: `${ARTICLE_VALUES.slug}-${n}`, ...overrides }));
}

export async function createArticle(db: Db, overrides: Partial<ArticleInput> = {}, status = 'published') {
  const { slug, fields, sources } = buildArticle(overrides);
  return db.article.create({ data: { slug, ...fields, status, sources: { create: sourceRows(sources) } } });
}

const EVENT_VALUES = {
  slug: 'factory-event', title: 'Applying to US residencies as an IMG', organizer: 'Factory Medical Association',
  kind: 'event', starts_at: '2030-03-14T18:00', time_zone: 'America/New_York', recurrence: '',
  audience: 'International medical graduates', cost: 'free', url: 'https://events.example.org/register',
  source_url: 'https://events.example.org/', source_date: '2026-01-10',
};

/** A valid published event with a unique slug unless one is given; overrides are typed record fields. */
export function buildEvent(overrides: Partial<EventRecord> & { status?: string } = {}) {
  const n = nextSequence();
  return { ...eventFields(eventRowSchema.parse({ ...EVENT_VALUES, slug: `${EVENT_VALUES.slug}-${n}` })), ...overrides };
}

export async function createEvent(db: Db, overrides: Parameters<typeof buildEvent>[0] = {}) {
  return db.event.create({ data: buildEvent(overrides) });
}
