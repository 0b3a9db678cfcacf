import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, listedHrefs, listedSchools, seedSchools } from './fixtures';

const schools = listedSchools();

test('home page explains the site and shows live counts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('accept international applicants');
  await expect(page.getByTestId('count-/schools')).toHaveText(String(schools.length));
  await expectNoAxeViolations(page);
});

test('home search box leads to matching schools', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Search schools by name, city or state').fill('Hopkins');
  await page.getByRole('button', { name: 'Search schools' }).click();
  await expect(page).toHaveURL(/\/schools\?q=Hopkins/);
  await expect(page.getByTestId('results')).toContainText('Johns Hopkins');
});

test('/schools lists every school of the dataset across its pages', async ({ page }) => {
  expect(await listedHrefs(page, '/schools', schools.length)).toEqual(schools.map((s) => `/schools/${s.slug}`).sort());
});

test('a school page shows every source and unknown values as not published', async ({ page }) => {
  const school = schools.find((s) => s.cosigner_loans_accepted === 'unknown')!;
  await page.goto(`/schools/${school.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(school.name);
  const sources = page.getByRole('region', { name: 'Sources' });
  for (const url of school.source_urls.split(' ')) {
    await expect(sources.locator(`a[href="${url}"]`)).toHaveCount(1);
  }
  await expect(page.locator('[data-field="cosignerLoansAccepted"]')).toContainText('Not published by the school');
  await expect(page.getByText(`Information as of ${school.as_of}`).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a missing school answers a helpful 404', async ({ page }) => {
  const response = await page.goto('/schools/no-such-school');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Browse all schools' })).toBeVisible();
});

test('healthz answers ok while the database answers', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('the site icon is served (browsers ask for /favicon.ico on every site)', async ({ request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
});

test('/schools?intl=no lists the schools that say no, and a search for one answers with its source', async ({ page }) => {
  const sayNo = seedSchools().filter((s) => s.accepts_international === 'no');
  await page.goto('/schools?intl=no');
  await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${sayNo.length} `));
  await expect(page.getByTestId('count-/schools?intl=no')).toHaveCount(0); // home-page counter, not here
  await page.goto('/');
  await expect(page.getByTestId('count-/schools?intl=no')).toHaveText(String(sayNo.length));
  await page.goto('/schools?q=drexel');
  const answer = page.getByTestId('says-no');
  await expect(answer).toContainText('Drexel University College of Medicine says it does not accept international applicants');
  await expect(answer.getByRole('link', { name: /Drexel University College of Medicine/ })).toHaveAttribute('href', '/schools/drexel-md');
  await expect(answer.locator('a[href^="http"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});
