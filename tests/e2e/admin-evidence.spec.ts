// The dashboard's evidence tools end to end: a source added to a fact on the school edit page (listed at once,
// recorded in the history, then removed again), and axe on the changed admin pages. Signed in through a
// session row (tests/e2e/admin-session.ts), so no sign-in attempts count against the shared throttle.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { adminSessionCookie } from './admin-session';
import { expectNoAxeViolations, requireE2eDbFile } from './fixtures';

async function signInWithSession(context: BrowserContext, baseURL: string | undefined) {
  const [name, value] = (await adminSessionCookie(requireE2eDbFile(), 'admin')).split('=');
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

test('the Disagreements queue lists contradicted facts and links to the fact on the edit page', async ({ page, context, baseURL }) => {
  await signInWithSession(context, baseURL);
  await page.goto('/admin');
  const count = Number(await page.getByTestId('queue-disagreements').textContent());
  expect(count).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Disagreements' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Disagreements');
  await expect(page.getByTestId('disagreement')).toHaveCount(count);
  const icahn = page.getByTestId('disagreement').filter({ hasText: 'icahn-md' }).filter({ hasText: 'Need-based aid' });
  await expect(icahn).toContainText('yes');
  await icahn.getByRole('link', { name: /^Fix/ }).click();
  await expect(page).toHaveURL(/\/admin\/schools\/\d+#evidence-need_based_aid_for_internationals$/);
  await expect(page.getByTestId('evidence-need_based_aid_for_internationals').getByTestId('evidence-row').filter({ hasText: 'disagrees with the value' })).not.toHaveCount(0);
});

test('a hint in the Unknowns queue can be dismissed and stays gone', async ({ page, context, baseURL }) => {
  await signInWithSession(context, baseURL);
  await page.goto('/admin/schools?queue=unknown');
  const hints = page.getByTestId('hint');
  const before = await hints.count();
  expect(before).toBeGreaterThan(0);
  // A third-party hint: dismissing it changes nothing a reader or another spec sees.
  const target = hints.filter({ hasText: 'Third-party list' }).first();
  const school = (await target.getByRole('rowheader').innerText()).trim();
  const fact = (await target.getByRole('cell').first().innerText()).trim();
  const href = (await target.getByRole('cell').nth(2).getByRole('link').getAttribute('href'))!;
  const same = hints.filter({ hasText: school }).filter({ hasText: fact }).filter({ has: page.locator(`a[href="${href}"]`) });
  await expect(same).toHaveCount(1);
  await target.getByRole('button', { name: 'Dismiss' }).click();
  await expect(hints).toHaveCount(before - 1);
  await expect(same).toHaveCount(0);
  await page.reload();
  await expect(hints).toHaveCount(before - 1);
  await expect(same).toHaveCount(0);
});

test.describe('evidence queue pages have no axe violations', () => {
  test('Disagreements', async ({ page, context, baseURL }) => {
    await signInWithSession(context, baseURL);
    await page.goto('/admin/disagreements');
    await expect(page.getByTestId('admin-disagreements')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('Unknowns queue with hints', async ({ page, context, baseURL }) => {
    await signInWithSession(context, baseURL);
    await page.goto('/admin/schools?queue=unknown');
    await expect(page.getByTestId('admin-hints')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('an evidence sheet with a bad row is previewed with its row number, offers no confirm, and passes axe', async ({ page, context, baseURL }) => {
  await signInWithSession(context, baseURL);
  await page.goto('/admin/import');
  const content = [
    'slug,field,value,source_url,source_date,source_kind',
    'yale-md,daca_accepted,yes,https://forum.example.test/never-imported,2024,forum',
    'no-such-school-md,daca_accepted,yes,https://forum.example.test/never-imported,2024,forum',
  ].join('\n');
  await page.getByLabel('The file contains').selectOption('evidence');
  await page.getByLabel('Spreadsheet (.csv or .xlsx, at most 5 MB)').setInputFiles({ name: 'evidence.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByTestId('import-message')).toContainText('Nothing can be imported until every row is valid');
  const invalid = page.locator('[data-outcome="invalid"]');
  await expect(invalid).toHaveCount(1);
  await expect(invalid).toContainText('3');
  await expect(invalid).toContainText('No school with the slug “no-such-school-md”');
  await expect(page.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
