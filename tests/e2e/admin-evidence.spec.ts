// The dashboard's evidence tools end to end: a source added to a fact on the school edit page (listed at once,
// recorded in the history, then removed again), and axe on the changed admin pages. Signed in through a
// session row (tests/e2e/admin-session.ts), so no sign-in attempts count against the shared throttle.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { adminSessionCookie } from './admin-session';
import { expectNoAxeViolations, requireE2eDbFile } from './fixtures';

async function signInWithSession(context: BrowserContext, baseURL: string | undefined) {
  const [name, value] = adminSessionCookie(requireE2eDbFile(), 'admin').split('=');
  await context.addCookies([{ name, value, url: baseURL ?? process.env.E2E_BASE_URL! }]);
}

async function openSchoolEditor(page: Page, slug: string) {
  await page.goto(`/admin/schools?q=${slug}`);
  await page.getByTestId('admin-schools').getByRole('link').first().click();
  await expect(page.getByLabel('Slug (used in the URL)')).toHaveValue(slug);
}

test.describe.configure({ timeout: 90_000 });

test('add a source to a fact on the school edit page, see it and its history entry, then remove it', async ({ page, context, baseURL }) => {
  await signInWithSession(context, baseURL);
  await openSchoolEditor(page, 'yale-md');
  // A forum page that agrees with the value: it changes neither the school-only filter nor any other spec's oracle.
  const url = `https://forum.example.test/yale-daca-${Date.now()}`;
  const fact = page.getByTestId('evidence-daca_accepted');
  await fact.getByText('Add a source for “DACA recipients accepted”').click();
  const form = fact.locator('details').last();
  await form.getByLabel('Value this page supports').selectOption('yes');
  await form.getByLabel('Kind of page').selectOption('forum');
  await form.getByLabel('Page URL').fill('not a url');
  await form.getByLabel('Date the page shows').fill('2025');
  await form.getByRole('button', { name: 'Add source' }).click();
  // A bad URL is refused next to its field, with the typed input kept.
  await expect(form.getByTestId('evidence-message')).toHaveText('Please correct the highlighted fields.');
  await expect(form.getByLabel('Page URL')).toHaveValue('not a url');
  await expect(form.getByLabel('Kind of page')).toHaveValue('forum');
  await expect(form.getByLabel('Page URL')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Page URL').fill(url);
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByTestId('evidence-message')).toHaveText('Source added.');
  const row = fact.getByTestId('evidence-row').filter({ hasText: 'forum.example.test' });
  await expect(row).toContainText('Forum, 2025');
  await expect(row).toContainText('agrees');
  try {
    await expect(page.getByTestId('history').getByRole('listitem').first()).toContainText('school.evidence.add');
    await expect(page.getByTestId('history').getByRole('listitem').first()).toContainText(url);
  } finally {
    await row.getByRole('button', { name: 'Remove this source' }).click();
    await expect(fact.getByTestId('evidence-row').filter({ hasText: 'forum.example.test' })).toHaveCount(0);
  }
  await expect(page.getByTestId('history').getByRole('listitem').first()).toContainText('school.evidence.remove');
});

test.describe('changed admin pages have no axe violations', () => {
  test('school editor with its sources open', async ({ page, context, baseURL }) => {
    await signInWithSession(context, baseURL);
    await openSchoolEditor(page, 'yale-md');
    await page.getByTestId('evidence-tuition_usd_per_year').getByText('Edit this source').first().click();
    await expectNoAxeViolations(page);
  });
});
