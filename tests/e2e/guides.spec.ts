// Guides and their feed in a real browser (events have their own spec, tests/e2e/events.spec.ts). The guide
// Markdown files are the oracle (parsed here with gray-matter).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

type Guide = { slug: string; title: string; category: string; sources: { name: string; url: string }[] };
const GUIDES_DIR = 'prisma/seed-data/guides';
const guides: Guide[] = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => matter(readFileSync(path.join(GUIDES_DIR, f), 'utf8')).data as Guide);
const CATEGORIES = ['career-planning', 'applying', 'financing', 'img-pathway', 'continuing-education', 'canada'];

test('/guides lists every guide across all six categories', async ({ page }) => {
  await page.goto('/guides');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
  const items = page.getByTestId('guide-item');
  await expect(items).toHaveCount(guides.length);
  expect(guides.length).toBeGreaterThanOrEqual(12);
  const categories = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-category')));
  expect(new Set(categories)).toEqual(new Set(CATEGORIES));
  await expect(items.first()).toContainText('Last reviewed');
  await expect(items.first()).toContainText('min read');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the category filter and search work as a plain GET form', async ({ page }) => {
    await page.goto('/guides');
    await page.getByLabel('Category').selectOption('financing');
    await page.getByRole('button', { name: 'Show guides' }).click();
    await expect(page).toHaveURL(/\/guides\?q=&category=financing$|\/guides\?category=financing/);
    const expected = guides.filter((g) => g.category === 'financing');
    await expect(page.getByTestId('guide-item')).toHaveCount(expected.length);
    for (const category of await page.getByTestId('guide-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-category')))) {
      expect(category).toBe('financing');
    }
    await page.getByRole('navigation', { name: 'Guide categories' }).getByRole('link', { name: 'Canada' }).click();
    await expect(page).toHaveURL(/\/guides\?category=canada$/);
    await expect(page.getByTestId('guide-item')).toHaveCount(guides.filter((g) => g.category === 'canada').length);

    await page.goto('/guides');
    await page.getByRole('searchbox', { name: 'Search guides' }).fill('ESCROW');
    await page.getByRole('button', { name: 'Show guides' }).click();
    await expect(page.getByTestId('guide-item').first().getByRole('heading')).toContainText(/escrow/i);
  });

  test('an unknown category is ignored with a notice, not an error', async ({ page }) => {
    const response = await page.goto('/guides?category=nope');
    expect(response!.status()).toBe(200);
    await expect(page.getByTestId('ignored-notice')).toContainText('category');
    await expect(page.getByTestId('guide-item')).toHaveCount(guides.length);
  });
});

test('an article shows its table of contents, sources, review date and directory views', async ({ page }) => {
  const guide = guides.find((g) => g.slug === 'escrow-and-proof-of-funds-explained')!;
  await page.goto(`/guides/${guide.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
  await expect(page.getByTestId('last-reviewed')).toContainText('Last reviewed November 26, 2026');

  const tocLinks = page.getByTestId('toc').getByRole('link');
  expect(await tocLinks.count()).toBeGreaterThan(2);
  for (const href of await tocLinks.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))) {
    await expect(page.getByTestId('article-body').locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }

  const sources = page.getByTestId('article-sources');
  for (const source of guide.sources) await expect(sources.locator(`a[href="${source.url}"]`)).toHaveText(source.name);

  const views = page.getByTestId('directory-views');
  await expect(views.getByRole('heading')).toHaveText('Directory views in this guide');
  const first = views.getByRole('link').first();
  // The box's words and live count are the directory's own summary of that filtered list.
  const description = (await first.textContent())!;
  expect(description).toMatch(/^\d+ (MD and DO|MD|DO) schools? /);
  await first.click();
  await expect(page).toHaveURL(/\/schools\?/);
  await expect(page.getByTestId('summary')).toContainText(description);
});

test('one article passes axe and unknown slugs answer 404', async ({ page }) => {
  await page.goto('/guides/financing-us-medical-school-international');
  await expectNoAxeViolations(page);
  const response = await page.goto('/guides/no-such-guide');
  expect(response!.status()).toBe(404);
});

test('the Atom feed has one entry per published guide', async ({ request }) => {
  const response = await request.get('/guides/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
  expect(xml.match(/<entry>/g)).toHaveLength(guides.length);
  for (const g of guides) expect(xml).toContain(`/guides/${g.slug}</id>`);
});

test('home and school pages link into the guides', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('latest-guides').locator('a[href^="/guides/"]')).toHaveCount(3);
  await page.goto('/schools?canada=domestic');
  await page.getByTestId('results').locator('h3 a').first().click();
  const section = page.getByTestId('school-guides');
  await expect(section.getByRole('heading')).toHaveText('Guides for this situation');
  await expect(section.locator('a[href="/guides/canadians-studying-medicine-abroad"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});
