// Spreadsheet import and reader corrections end to end: a file with one bad row is previewed with that row
// named and nothing changes; a good file is confirmed and the public page shows it at once; a reader reports a
// problem (also without JavaScript) and an editor resolves it; axe on every new admin page and the report form.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, seedSchools } from './fixtures';

const ADMIN = { email: 'e2e-admin@example.test', password: 'e2e-admin-password-123' };
const schools = seedSchools();
const HEADER = Object.keys(schools[0]);
/** The first data row's slug (the first column) of a seed CSV. */
const firstSlug = (file: string) => readFileSync(`prisma/seed-data/${file}`, 'utf8').split(/\r?\n/)[1].split(',')[0];

async function signIn(page: Page) {
  await page.goto('/admin/login');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

function csv(rows: Record<string, string>[]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => cell(r[h] ?? '')).join(','))].join('\n') + '\n';
}

async function upload(page: Page, name: string, content: string) {
  await page.goto('/admin/import');
  await page.getByLabel('The file contains').selectOption('school');
  await page.getByLabel('Spreadsheet (.csv or .xlsx, at most 5 MB)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByTestId('import-message')).toBeVisible();
}

// Reports are limited to 5 per hour per client address, and the app takes the address from the socket (not
// X-Forwarded-For): this spec's two reports share 127.0.0.1 with the rest of the run, on a fresh database.
// Schools the other specs do not edit; +1 dollar keeps every tuition filter and sort unchanged.
const withTuition = schools.filter((s) => s.tuition_usd_per_year !== '');
const target = withTuition[withTuition.length - 2];
const other = withTuition[withTuition.length - 3];
// The bad-file test uses its own rows: tests run in parallel and the good-file test changes `target`.
const untouched = withTuition[withTuition.length - 4];

test('a file with one bad row is previewed with that row named, offers no confirm, and changes nothing', async ({ page }) => {
  await signIn(page);
  const changed = String(Number(untouched.tuition_usd_per_year) + 1);
  await upload(page, 'bad.csv', csv([{ ...untouched, tuition_usd_per_year: changed }, { ...other, state: 'ZZ' }]));
  await expect(page.getByTestId('import-message')).toContainText('Nothing can be imported until every row is valid');
  const invalid = page.locator('[data-outcome="invalid"]');
  await expect(invalid).toHaveCount(1);
  await expect(invalid).toContainText('3');
  await expect(invalid).toContainText(other.slug);
  await expect(invalid).toContainText('State must be one of');
  await expect(page.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(`/schools/${untouched.slug}`);
  await expect(page.locator('[data-field="tuitionUsdPerYear"]')).toContainText(Number(untouched.tuition_usd_per_year).toLocaleString('en-US'));
});

test('a good file is previewed with its diff, confirmed, and the public page shows the change', async ({ page }) => {
  await signIn(page);
  const original = target.tuition_usd_per_year;
  const changed = String(Number(original) + 1);
  try {
    await upload(page, 'good.csv', csv([{ ...target, tuition_usd_per_year: changed }, other]));
    await expect(page.getByTestId('import-count-changed')).toHaveText('1');
    await expect(page.getByTestId('import-count-unchanged')).toHaveText('1');
    await expect(page.locator('[data-outcome="changed"]')).toContainText(`${Number(original)} → ${changed}`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import 0 new and 1 changed rows' }).click();
    await expect(page.getByTestId('import-message')).toContainText('Imported good.csv: 0 schools created, 1 updated, 1 unchanged');
    await page.goto(`/schools/${target.slug}`);
    await expect(page.locator('[data-field="tuitionUsdPerYear"]')).toContainText(Number(changed).toLocaleString('en-US'));
    await page.goto('/admin/audit?entity=school');
    await expect(page.getByTestId('history').getByRole('listitem').filter({ hasText: 'Imported good.csv' }).first()).toBeVisible();
  } finally {
    await upload(page, 'restore.csv', csv([target]));
    const restore = page.getByRole('button', { name: /^Import 0 new and 1 changed/ });
    if (await restore.count()) {
      await restore.click();
      await expect(page.getByTestId('import-message')).toContainText('1 updated');
    }
  }
});

test('a reader reports a problem on a school page; an editor resolves it in the queue', async ({ page }) => {
  const school = schools[5];
  const message = `E2E report ${Date.now()}: tuition looks outdated`;
  await page.goto(`/schools/${school.slug}`);
  await page.getByText('Report a problem').click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Which information is wrong or missing?').selectOption({ label: 'Tuition' });
  await page.getByLabel('What is the problem?').fill(message);
  await page.getByLabel('Your email (optional, only if you want a reply)').fill('not-an-email');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByTestId('report-message')).toContainText('Please correct the highlighted fields');
  await expect(page.getByLabel('What is the problem?')).toHaveValue(message);
  await page.getByLabel('Your email (optional, only if you want a reply)').fill('reader@example.test');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByTestId('report-message')).toContainText('Thank you');

  await signIn(page);
  await page.getByRole('link', { name: 'Open reader corrections' }).click();
  await expect(page).toHaveURL(/\/admin\/corrections\?status=open$/);
  const item = page.getByTestId('corrections').getByRole('listitem').filter({ hasText: message });
  await expect(item).toContainText(school.slug);
  await expectNoAxeViolations(page);
  await item.getByLabel('Note (what you checked or changed)').fill('Checked the bursar page; updated.');
  await item.getByRole('button', { name: 'Resolve' }).click();
  // Saving refreshes the open queue, which no longer lists it.
  await expect(item).toHaveCount(0);
  await page.goto('/admin/corrections?status=resolved');
  await expect(page.getByTestId('corrections').getByRole('listitem').filter({ hasText: message })).toContainText('Checked the bursar page; updated.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the report form still submits and shows the result', async ({ page }) => {
      const lender = await page.goto(`/lenders/${firstSlug('lenders.csv')}`);
    expect(lender!.status()).toBe(200);
    await page.getByText('Report a problem').click();
    await page.getByLabel('What is the problem?').fill('E2E no-JS report: the interest note is outdated.');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByTestId('report-message')).toContainText('Thank you');
  });
});

test('new admin pages have no axe violations', async ({ page }) => {
  test.setTimeout(120_000); // a dozen axe scans on a shared machine
  await signIn(page);
  await expectNoAxeViolations(page);
  for (const path of ['/admin/import', '/admin/corrections', '/admin/programs?queue=stale', '/admin/lenders?queue=stale', '/admin/articles', '/admin/events', '/admin/articles/new', '/admin/events/new', '/admin/programs/new']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto('/admin/programs');
  await page.getByTestId('admin-programs').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/admin/articles');
  await page.getByTestId('admin-articles').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Preview the body' }).click();
  await expect(page.getByTestId('markdown-preview')).toBeVisible();
  await expectNoAxeViolations(page);
  const program = await page.goto(`/programs/${firstSlug('programs.csv')}`);
  expect(program!.status()).toBe(200);
  await page.getByText('Report a problem').click();
  await expectNoAxeViolations(page);
});
