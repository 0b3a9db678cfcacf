// Pure guide helpers: query parsing, search ranking, directory-link extraction, school → guides, Atom escaping.
import { describe, expect, it } from 'vitest';
import { parseGuideQuery, guidesHref } from '@/lib/articles/guide-params';
import { matchTier, rankArticles } from '@/lib/articles/search';
import { extractDirectoryLinks } from '@/lib/articles/directory-links';
import { chooseGuidesForSchool, type SchoolPolicies } from '@/lib/articles/guides-for-school';
import { buildAtomFeed } from '@/lib/feeds/atom';
import { xmlText } from '@/lib/xml/text';

describe('parseGuideQuery', () => {
  it('keeps a known category and a trimmed query', () => {
    expect(parseGuideQuery({ category: 'Financing', q: '  escrow   funds ' })).toEqual({
      query: { category: 'financing', q: 'escrow funds' },
      ignored: [],
    });
  });
  it('drops an unknown category and an over-long query, and says so', () => {
    const { query, ignored } = parseGuideQuery({ category: 'nope', q: 'x'.repeat(101) });
    expect(query).toEqual({ category: null, q: null });
    expect(ignored.map((i) => i.param)).toEqual(['category', 'q']);
  });
  it('builds links in a fixed parameter order', () => {
    expect(guidesHref({ q: 'a b', category: 'canada' })).toBe('/guides?category=canada&q=a+b');
    expect(guidesHref({})).toBe('/guides');
  });
});

const article = (slug: string, title: string, summary: string, body: string, day: number) => ({
  slug,
  title,
  summary,
  body,
  lastReviewedAt: new Date(Date.UTC(2026, 0, day)),
});

describe('rankArticles', () => {
  const docs = [
    article('body-old', 'Visas', 'Student visas', 'Escrow is mentioned here.', 1),
    article('summary', 'Paying', 'How escrow works', 'Nothing.', 2),
    article('title', 'ESCROW explained', 'Money', 'Nothing.', 3),
    article('body-new', 'Loans', 'Private loans', 'Some schools want éscrow.', 4),
    article('none', 'Other', 'Other', 'Other', 5),
  ];
  it('ranks title > summary > body, newest first within a tier, case- and accent-insensitive', () => {
    expect(rankArticles(docs, 'Escrow').map((d) => d.slug)).toEqual(['title', 'summary', 'body-new', 'body-old']);
  });
  it('requires every word, which may be spread over fields', () => {
    expect(matchTier(['paying', 'escrow'], docs[1])).toBe(1);
    expect(matchTier(['visas', 'escrow'], docs[0])).toBe(2);
    expect(matchTier(['visas', 'cosigner'], docs[0])).toBeNull();
  });
  it('orders by newest without a query', () => {
    expect(rankArticles(docs, null).map((d) => d.slug)).toEqual(['none', 'body-new', 'title', 'summary', 'body-old']);
  });
});

describe('extractDirectoryLinks', () => {
  it('keeps filtered /schools and /programs links once each, ignoring others', () => {
    const links = extractDirectoryLinks([
      '/schools?aid=need',
      '/schools',
      '/programs?country=ca&kind=bridging',
      '/programs?kind=bridging&country=ca',
      'https://example.org/schools?aid=need',
      '/guides/x',
      '#user-content-a',
      '/schools?aid=need',
    ]);
    expect(links.map((l) => `${l.kind}?${l.params}`)).toEqual(['schools?aid=need', 'programs?country=ca&kind=bridging']);
  });
});

describe('chooseGuidesForSchool', () => {
  const school: SchoolPolicies = {
    needBasedAidForInternationals: 'yes',
    meritScholarshipsForInternationals: 'yes',
    institutionalLoansForInternationals: 'yes',
    cosignerLoansAccepted: 'no',
    escrowOrProofOfFunds: 'none',
    usCourseworkRequired: 'none',
    canadiansTreatedAs: 'unknown',
    acceptsInternational: 'yes',
  };
  const slugs = (patch: Partial<SchoolPolicies>) => chooseGuidesForSchool({ ...school, ...patch }).map((p) => p.slug);
  it('suggests escrow, financing and Canada guides from the policies', () => {
    expect(slugs({ escrowOrProofOfFunds: 'escrow_all_years' })[0]).toBe('escrow-and-proof-of-funds-explained');
    expect(slugs({ needBasedAidForInternationals: 'unknown', meritScholarshipsForInternationals: 'no' })).toContain(
      'financing-us-medical-school-international',
    );
    expect(slugs({ canadiansTreatedAs: 'domestic' })).toContain('canadians-studying-medicine-abroad');
    expect(slugs({ cosignerLoansAccepted: 'yes' })).toContain('private-loans-and-us-cosigners');
  });
  it('falls back to the shortlisting guide and never exceeds four', () => {
    expect(slugs({})).toEqual(['shortlisting-us-medical-schools-with-the-directory']);
    const all = chooseGuidesForSchool({
      ...school,
      escrowOrProofOfFunds: 'escrow_1yr',
      needBasedAidForInternationals: 'no',
      meritScholarshipsForInternationals: 'unknown',
      institutionalLoansForInternationals: 'no',
      canadiansTreatedAs: 'international',
      usCourseworkRequired: 'required',
    });
    expect(all).toHaveLength(4);
    expect(new Set(all.map((p) => p.slug)).size).toBe(4);
    for (const pick of all) expect(pick.reason.length).toBeGreaterThan(10);
  });
});

describe('Atom builder', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText(`<a href="x">Tom & Jerry's</a>\u0001\u000B`)).toBe(`&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;`);
  });
  it('writes a feed whose text cannot break out of its elements', () => {
    const xml = buildAtomFeed({
      id: 'https://x.test/guides',
      title: 'Feed & <title>',
      selfUrl: 'https://x.test/guides/feed.xml?a=1&b=2',
      alternateUrl: 'https://x.test/guides',
      authorName: 'A',
      updated: new Date('2026-01-02T00:00:00Z'),
      entries: [
        {
          id: 'https://x.test/guides/a',
          title: '</title><script>alert(1)</script>',
          url: 'https://x.test/guides/a',
          updated: new Date('2026-01-01T00:00:00Z'),
          summary: 'S & S',
          contentHtml: '<p>Hi &amp; bye</p>',
        },
      ],
    });
    expect(xml).toContain('<title type="text">Feed &amp; &lt;title&gt;</title>');
    expect(xml).toContain('href="https://x.test/guides/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain('<title type="text">&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<content type="html">&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</content>');
    expect(xml).not.toContain('<script');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});

