// Guides, feed and events against real SQLite and real PostgreSQL. The seed's Markdown files (read here with
// gray-matter, independently of the app) are the oracle for lists and categories.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';

const GUIDES_DIR = 'prisma/seed-data/guides';
const seedGuides = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => matter(readFileSync(path.join(GUIDES_DIR, f), 'utf8')).data as { slug: string; title: string; category: string; lastReviewed: Date | string; tags: string[] });
const reviewedDay = (g: (typeof seedGuides)[number]) => new Date(g.lastReviewed).toISOString().slice(0, 10);
const newestFirst = (a: (typeof seedGuides)[number], b: (typeof seedGuides)[number]) =>
  reviewedDay(b).localeCompare(reviewedDay(a)) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);

/** A minimal XML well-formedness check: balanced tags, quoted attributes, known entities, one root. */
function assertWellFormedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    if (m[6]) throw new Error(`stray "<" near: ${body.slice(m.index!, m.index! + 40)}`);
    if (m[5] !== undefined) {
      const text = m[5];
      if (stack.length === 0 && text.trim()) throw new Error('text outside the root element');
      for (const amp of text.matchAll(/&([^;\s]*);?/g)) {
        if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(amp[1]) || !amp[0].endsWith(';')) throw new Error(`bad entity ${amp[0]}`);
      }
      if (text.includes('>') && /]]>/.test(text)) throw new Error('"]]>" in text');
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    for (const a of attrs.matchAll(/="([^"]*)"/g)) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(a[1])) throw new Error(`bad entity in attribute ${a[1]}`);
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('the test\'s XML well-formedness check', () => {
  it('rejects broken XML and accepts good XML', () => {
    expect(() => assertWellFormedXml('<a><b>x</a></b>')).toThrow();
    expect(() => assertWellFormedXml('<a>Tom & Jerry</a>')).toThrow();
    expect(() => assertWellFormedXml('<a>1 < 2</a>')).toThrow();
    expect(() => assertWellFormedXml('<a x="1 & 2"/>')).toThrow();
    assertWellFormedXml('<?xml version="1.0"?>\n<a x="&amp;"><b>Tom &amp; Jerry &#233;</b><c/></a>\n');
  });
});

describe.each(PROVIDERS)('guides on %s', (provider) => {
  const { database, articles } = useTestDatabase(provider, { articles: () => import('@/lib/articles/queries') }, { env: { SITE_URL: 'https://guides.example.test' } });

  it('lists every published seed guide, newest first, with reading times', async () => {
    const list = await articles.listArticles();
    expect(list.map((a) => a.slug)).toEqual([...seedGuides].sort(newestFirst).map((g) => g.slug));
    expect(new Set(list.map((a) => a.category)).size).toBe(6);
    for (const a of list) expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('filters by category exactly as the front matter says', async () => {
    for (const category of new Set(seedGuides.map((g) => g.category))) {
      const list = await articles.listArticles({ category: category as never });
      expect(list.map((a) => a.slug).sort()).toEqual(seedGuides.filter((g) => g.category === category).map((g) => g.slug).sort());
    }
  });

  describe('with extra articles', () => {
    beforeAll(async () => {
      const make = (slug: string, title: string, summary: string, body: string, day: string, status = 'published') =>
        database.db.article.create({
          data: {
            slug,
            title,
            summary,
            body,
            category: 'financing',
            tags: 'zz-test',
            status,
            lastReviewedAt: new Date(`${day}T00:00:00Z`),
            sources: { create: [{ url: 'https://example.org/b', title: 'Second', position: 1 }, { url: 'https://example.org/a', title: 'First', position: 0 }] },
          },
        });
      await make('zz-body-old', 'Test article one', 'A summary', 'The word Quokkafund appears in the body.', '2020-01-01');
      await make('zz-body-new', 'Test article two', 'A summary', 'quokkafund in the body, newer.', '2021-01-01');
      await make('zz-summary', 'Test article three', 'About QUOKKAFUND in the summary', 'Nothing here.', '2019-01-01');
      await make('zz-title', 'Quokkafund & <friends> in the title', 'A summary "quoted"', 'Body with <script>alert(1)</script> & more.', '2018-01-01');
      await make('zz-draft', 'Quokkafund draft', 'A draft summary', 'Quokkafund draft body.', '2022-01-01', 'draft');
    });

    it('searches title, summary and body case-insensitively, ranked title > summary > body, then newest', async () => {
      const list = await articles.listArticles({ q: 'quokkafund' });
      expect(list.map((a) => a.slug)).toEqual(['zz-title', 'zz-summary', 'zz-body-new', 'zz-body-old']);
      expect((await articles.listArticles({ q: 'QuokkaFund', category: 'canada' })).length).toBe(0);
      expect((await articles.listArticles({ q: 'quokkafund', category: 'financing' })).length).toBe(4);
    });

    it('hides drafts from the list and the article page; sources come in their stored order', async () => {
      expect(await articles.getArticleBySlug('zz-draft')).toBeNull();
      const article = await articles.getArticleBySlug('zz-title');
      expect(article!.sources.map((s) => s.title)).toEqual(['First', 'Second']);
      expect(article!.rendered.html).not.toContain('<script');
    });

    it('relates up to four published guides sharing a category or tag, never itself or a draft', async () => {
      const article = (await articles.getArticleBySlug('zz-title'))!;
      const related = await articles.relatedArticles(article);
      expect(related.length).toBeLessThanOrEqual(articles.RELATED_LIMIT);
      expect(related.length).toBeGreaterThan(0);
      // The other zz-test articles share a tag and the category: they outrank category-only matches.
      expect(related.map((r) => r.slug).slice(0, 3).sort()).toEqual(['zz-body-new', 'zz-body-old', 'zz-summary']);
      for (const r of related) expect(r.slug).not.toMatch(/zz-title|zz-draft/);
    });

    it('builds a well-formed Atom feed with one escaped entry per published article', async () => {
      const { buildGuidesFeed } = await import('@/lib/articles/feed');
      const xml = await buildGuidesFeed();
      assertWellFormedXml(xml);
      const published = await database.db.article.count({ where: { status: 'published' } });
      expect(xml.match(/<entry>/g)).toHaveLength(published);
      expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://guides.example.test/guides/feed.xml"/>');
      expect(xml).toContain('<id>https://guides.example.test/guides/zz-title</id>');
      expect(xml).toContain('<title type="text">Quokkafund &amp; &lt;friends&gt; in the title</title>');
      expect(xml).toContain('<summary type="text">A summary &quot;quoted&quot;</summary>');
      expect(xml).not.toContain('zz-draft');
      expect(xml).not.toMatch(/<script/i);
    });
  });

  it('describes the directory views a guide links to with live school counts', async () => {
    const { describeDirectoryViews } = await import('@/lib/articles/directory-views');
    const { searchSchools } = await import('@/lib/schools/queries');
    const { parseSchoolFilter } = await import('@/lib/schools/filters');
    const views = await describeDirectoryViews(['/schools?intl=yes&aid=need', '/schools?aid=need&intl=yes', '/programs?country=ca&kind=bridging', '/guides/x']);
    expect(views.map((v) => v.kind)).toEqual(['schools', 'programs']);
    const expected = (await searchSchools(parseSchoolFilter(new URLSearchParams('intl=yes&aid=need')).filter)).total;
    expect(views[0].count).toBe(expected);
    expect(views[0].href).toBe('/schools?intl=yes&aid=need');
    expect(views[0].description.startsWith(`${expected} `)).toBe(true);
    const { parseCsv } = await import('@/lib/csv/parse');
    const programs = parseCsv(readFileSync('prisma/seed-data/programs.csv', 'utf8')).records.map((r) => r.values);
    const bridgingInCanada = programs.filter((p) => p.country === 'CA' && p.kind === 'bridging').length;
    expect(bridgingInCanada).toBeGreaterThan(0);
    expect(views[1]).toEqual({
      kind: 'programs',
      href: '/programs?country=ca&kind=bridging',
      description: `${bridgingInCanada} bridging program${bridgingInCanada === 1 ? '' : 's'} in Canada`,
      count: bridgingInCanada,
    });
  });

});
