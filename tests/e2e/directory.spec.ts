import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, listedSchools } from './fixtures';

const schools = listedSchools();
const needAid = (s: Record<string, string>) => ['yes', 'limited'].includes(s.need_based_aid_for_internationals);

test.describe('with JavaScript', () => {
  test('checking a facet updates results and the URL without a full reload; back works', async ({ page }) => {
    await page.goto('/schools');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('checkbox', { name: /Need-based aid/ }).check();
    await expect(page).toHaveURL(/\/schools\?aid=need$/);
    await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${schools.filter(needAid).length} `));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.goBack();
    await expect(page).toHaveURL(/\/schools$/);
    await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${schools.length} `));
  });

  test('active filters show as removable chips', async ({ page }) => {
    await page.goto('/schools?aid=need&degree=md');
    await page.getByRole('link', { name: 'Remove filter: MD' }).click();
    await expect(page).toHaveURL(/\/schools\?aid=need$/);
  });

  test('an invalid parameter is named and ignored, never a 5xx', async ({ page }) => {
    const response = await page.goto('/schools?state=zz&aid=need&page=abc');
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('ignored-notice')).toContainText('state');
    await expect(page.getByTestId('ignored-notice')).toContainText('page');
  });

  test('non-canonical URLs declare the canonical one', async ({ page }) => {
    await page.goto('/schools?sort=name&aid=need&state=NY,ma&page=1');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/schools\?state=ma,ny&aid=need$/);
  });

  test('the empty state names a filter to relax and its result count', async ({ page }) => {
    await page.goto('/schools?state=ak&aid=need');
    const empty = page.getByTestId('empty-state');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: /Remove the state filter: \d+ school/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('pagination shows 20 per page', async ({ page }) => {
    await page.goto('/schools');
    await expect(page.getByTestId('results').locator('> li')).toHaveCount(20);
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/page=2/);
  });

  test('typo-tolerant search', async ({ page }) => {
    await page.goto('/schools?q=jonhs%20hopkins');
    await expect(page.getByTestId('results').locator('h3').first()).toHaveText('Johns Hopkins University School of Medicine');
  });

  for (const path of ['/schools', '/schools?aid=need&intl=yes,limited&funds=proof', '/lenders', '/lenders?cosigner=no', '/glossary', '/lenders/mpower']) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test('a 360 px wide screen has no horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/schools', '/schools/harvard-md', '/lenders']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('keyboard users can reach the filters and results with visible focus', async ({ page }) => {
    await page.goto('/schools');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every filter works by form submit', async ({ page }) => {
    await page.goto('/schools');
    await page.getByRole('checkbox', { name: /Need-based aid/ }).check();
    await page.getByRole('radio', { name: /No proof or escrow/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/aid=need/);
    const expected = schools.filter((s) => needAid(s) && s.escrow_or_proof_of_funds === 'none').length;
    await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${expected} `));
  });

  test('lender filters work by form submit', async ({ page }) => {
    await page.goto('/lenders');
    await page.getByRole('checkbox', { name: 'No US cosigner needed' }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/cosigner=no/);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  });
});

test.describe('page cache', () => {
  test('a plain search and a school page are served from the cache; made-up slugs and keys are not', async ({ request }) => {
    // The first request may render (or already be cached by an earlier test); the second must be a hit.
    for (const path of ['/schools?q=university&aid=need', '/schools/harvard-md']) {
      await request.get(path);
      const again = await request.get(path);
      expect(again.status(), path).toBe(200);
      expect(again.headers()['x-nextjs-cache'], path).toBe('HIT');
    }
    // Same search, other spelling of the same canonical query: the same entry.
    const reordered = await request.get('/schools?aid=need&q=university&page=1');
    expect(reordered.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await reordered.text()).toMatch(/rel="canonical" href="[^"]*\/schools\?q=university&amp;aid=need"/);
    // Searches that are not plain, unknown slugs and direct requests for cache routes render or refuse.
    expect((await request.get('/schools?q=University')).headers()['x-nextjs-cache']).toBeUndefined();
    const unknown = await request.get('/schools/no-such-school-anywhere');
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()['x-nextjs-cache']).toBeUndefined();
    expect((await request.get('/schools/p/no-such-school-anywhere')).status()).toBe(404);
    expect((await request.get('/schools/v/q=University')).status()).toBe(404);
  });
});
