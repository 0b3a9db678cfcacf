// Article and event editing on both databases: audit before/after, conflicts, Markdown preview (sanitized,
// nothing saved), zoned times stored as UTC, and refusal without a session or role.
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAs, user, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));

const BODY = '## Why it matters\n\nInternational applicants should read the **school policy** first. <script>alert(1)</script>\n\n[bad](javascript:alert(1))';

const article = {
  title: 'Test article about escrow',
  slug: 'test-article-escrow',
  status: 'published',
  category: 'financing',
  summary: 'What escrow requirements mean for international applicants.',
  tags: 'escrow, funding, escrow',
  lastReviewed: '2026-03-01',
  sources: 'AAMC | https://www.aamc.org/\nA school page | https://example.test/policy',
  body: BODY + '\n\n' + 'More words to reach the minimum body length for an article. '.repeat(2),
};

const event = {
  title: 'Test webinar on funding',
  slug: 'test-webinar-funding',
  status: 'published',
  kind: 'event',
  description: 'A webinar on funding medical school as an international applicant.',
  timeZone: 'America/New_York',
  startsLocal: '2026-07-10T18:00',
  registrationUrl: 'https://example.test/register',
  audience: 'International applicants',
  audiences: 'imgs, premed',
  topics: 'financing',
  cost: 'free',
  organizer: 'Example Org',
  organizerKey: '',
  sourceUrl: 'https://example.test/events',
  sourceDate: '2026-06',
};

describe.each(PROVIDERS)('articles and events on %s', (provider) => {
  const { database, articles, events, editor } = useTestDatabase(provider, {
    articles: () => import('@/app/admin/(dashboard)/articles/actions'), events: () => import('@/app/admin/(dashboard)/events/actions'),
    editor: user('content-editor@example.test'),
  });

  it('refuses every article and event action without a session, and writes nothing', async () => {
    mockRequest.sessionToken = undefined;
    const auditBefore = await database.db.auditLog.count();
    for (const run of [articles.createArticleAction, articles.updateArticleAction, articles.deleteArticleAction]) {
      expect(await run(null, formData({ ...article, id: '1', version: '1' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    }
    expect(await articles.createArticleAction(null, formData({ ...article, intent: 'preview' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    for (const run of [events.createEventAction, events.updateEventAction, events.deleteEventAction]) {
      expect(await run(null, formData({ ...event, id: '1', version: '1' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    }
    const { createArticle } = await import('@/lib/articles/mutations');
    const { createEvent, deleteEvent } = await import('@/lib/events/mutations');
    const { articleFormSchema } = await import('@/lib/validation/article-form');
    const { eventFormSchema } = await import('@/lib/validation/event-form');
    for (const actor of [null, { id: 1, email: 'v@example.test', role: 'viewer' }]) {
      await expect(createArticle(actor, articleFormSchema.parse(article))).rejects.toMatchObject({ name: 'AuthError' });
      await expect(createEvent(actor, eventFormSchema.parse(event))).rejects.toMatchObject({ name: 'AuthError' });
      await expect(deleteEvent(actor, 1)).rejects.toMatchObject({ name: 'AuthError' });
    }
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.article.findUnique({ where: { slug: article.slug } })).toBeNull();
  });

  it('previews Markdown sanitized without saving, then creates, updates (conflict on stale) and deletes an article', async () => {
    await signInAs(editor);
    const preview = await articles.createArticleAction(null, formData({ ...article, intent: 'preview' }));
    if (!preview.ok) throw new Error(preview.message);
    const html = (preview.data as { previewHtml: string }).previewHtml;
    expect(html).toContain('<strong>school policy</strong>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(await database.db.article.findUnique({ where: { slug: article.slug } })).toBeNull();

    const invalid = await articles.createArticleAction(null, formData({ ...article, sources: 'just a name', category: 'nope' }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { sources: expect.stringContaining('Name | URL'), category: expect.any(String) }, values: { sources: 'just a name' } });

    await expect(articles.createArticleAction(null, formData(article))).rejects.toThrow(/NEXT_REDIRECT/);
    const saved = await database.db.article.findUniqueOrThrow({ where: { slug: article.slug }, include: { sources: { orderBy: { position: 'asc' } } } });
    expect(saved).toMatchObject({ tags: 'escrow,funding', category: 'financing', status: 'published', version: 1 });
    expect(saved.publishedAt).toBeInstanceOf(Date);
    expect(saved.sources.map((s) => [s.title, s.url])).toEqual([['AAMC', 'https://www.aamc.org/'], ['A school page', 'https://example.test/policy']]);

    const edit = { ...article, id: String(saved.id), version: '1' };
    expect(await articles.updateArticleAction(null, formData({ ...edit, summary: 'A clearer summary of escrow for applicants.' }))).toMatchObject({ ok: true, data: { changed: ['summary'], version: 2 } });
    const stale = await articles.updateArticleAction(null, formData({ ...edit, title: 'A different title here' }));
    expect(stale).toMatchObject({ ok: false, values: { title: 'A different title here' } });
    if (!stale.ok) expect(stale.message).toContain('content-editor@example.test changed this article');
    await expect(articles.deleteArticleAction(null, formData({ id: String(saved.id) }))).rejects.toThrow(/NEXT_REDIRECT/);
    const trail = await database.db.auditLog.findMany({ where: { entityType: 'article', entityId: saved.id }, orderBy: { id: 'asc' } });
    expect(trail.map((a) => a.action)).toEqual(['article.create', 'article.update', 'article.delete']);
    expect(JSON.parse(trail[1].after!)).toEqual({ summary: 'A clearer summary of escrow for applicants.' });
    mockRequest.sessionToken = undefined;
  });

  it('stores the start as given plus its UTC instant; refuses bad fields with messages; audits; conflicts on stale', async () => {
    await signInAs(editor);
    expect(await events.createEventAction(null, formData({ ...event, timeZone: 'Mars/Olympus' }))).toMatchObject({ ok: false, fieldErrors: { timeZone: expect.any(String) } });
    expect(await events.createEventAction(null, formData({ ...event, startsLocal: '2026-02-30' }))).toMatchObject({ ok: false, fieldErrors: { startsLocal: expect.stringContaining('real date') } });
    expect(await events.createEventAction(null, formData({ ...event, topics: 'financing, astrology' }))).toMatchObject({ ok: false, fieldErrors: { topics: expect.stringContaining('use only') } });
    expect(await events.createEventAction(null, formData({ ...event, kind: 'webinar' }))).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(String) } });
    expect(await events.createEventAction(null, formData({ ...event, sourceUrl: '' }))).toMatchObject({ ok: false, fieldErrors: { sourceUrl: expect.any(String) } });
    expect(await events.createEventAction(null, formData({ ...event, recurrence: 'monthly' }))).toMatchObject({ ok: false, fieldErrors: { recurrence: expect.any(String) } });
    await expect(events.createEventAction(null, formData(event))).rejects.toThrow(/NEXT_REDIRECT/);
    const saved = await database.db.event.findUniqueOrThrow({ where: { slug: event.slug } });
    // 18:00 in New York in July (EDT, UTC-4) is 22:00 UTC.
    expect(saved.startsAt!.toISOString()).toBe('2026-07-10T22:00:00.000Z');
    expect(saved).toMatchObject({ startsLocal: '2026-07-10T18:00', timeZone: 'America/New_York', audiences: 'premed,imgs', topics: 'financing', cost: 'free', sourceDate: '2026-06' });
    const edit = { ...event, id: String(saved.id), version: '1' };
    expect(await events.updateEventAction(null, formData({ ...edit, organizer: 'New Org' }))).toMatchObject({ ok: true, data: { changed: ['organizer'] } });
    expect(await events.updateEventAction(null, formData({ ...edit, audience: 'Everyone' }))).toMatchObject({ ok: false, conflict: expect.arrayContaining(['audience', 'organizer']) });
    const trail = await database.db.auditLog.findMany({ where: { entityType: 'event', entityId: saved.id }, orderBy: { id: 'asc' } });
    expect(trail.map((a) => a.action)).toEqual(['event.create', 'event.update']);
    expect(JSON.parse(trail[0].after!)).toMatchObject({ startsLocal: '2026-07-10T18:00', timeZone: 'America/New_York', topics: 'financing' });
    expect(JSON.parse(trail[1].before!)).toEqual({ organizer: 'Example Org' });
    expect(JSON.parse(trail[1].after!)).toEqual({ organizer: 'New Org' });
    mockRequest.sessionToken = undefined;
  });
});
