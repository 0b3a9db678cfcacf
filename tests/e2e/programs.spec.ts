import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, listedHrefs } from './fixtures';
import { parseCsv } from '../../lib/csv/parse';

const programs = parseCsv(readFileSync('prisma/seed-data/programs.csv', 'utf8')).records.map((r) => r.values);

test('/programs lists every program of the dataset across its pages', async ({ page }) => {
  expect(await listedHrefs(page, '/programs', programs.length)).toEqual(programs.map((p) => `/programs/${p.slug}`).sort());
  await page.goto('/programs');
  await expect(page.getByTestId('summary')).toHaveText(`${programs.length} programs`);
});

test('a program page shows its facts, every source and the as-of date', async ({ page }) => {
  const program = programs.find((p) => p.cost_note === '')!;
  await page.goto(`/programs/${program.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(program.name);
  const sources = page.getByTestId('sources');
  for (const url of program.source_urls.split(' ')) {
    await expect(sources.locator(`a[href="${url}"]`)).toHaveCount(1);
  }
  await expect(sources).toContainText(`Information as of ${program.as_of}`);
  await expect(page.getByText('Not published in the sources we read').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Official program page' })).toHaveAttribute('href', program.website_url);
  await expect(page.getByRole('heading', { name: 'Guides that discuss this' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown program answers 404', async ({ page }) => {
  const response = await page.goto('/programs/no-such-program');
  expect(response?.status()).toBe(404);
});

test('/programs with filters: canonical link, chips, invalid values named, axe clean', async ({ page }) => {
  await page.goto('/programs?kind=bridging,nonsense&country=CA');
  const expected = programs.filter((p) => p.kind === 'bridging' && p.country === 'CA').length;
  await expect(page.getByTestId('summary')).toHaveText(`${expected} bridging programs in Canada`);
  await expect(page.getByTestId('ignored-notice')).toContainText('nonsense');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/programs\?country=ca&kind=bridging$/);
  await expect(page.getByRole('link', { name: 'Remove filter: Bridging' })).toHaveAttribute('href', '/programs?country=ca');
  await expectNoAxeViolations(page);
});

test('/programs is axe clean, and an empty view names the filter to relax with its count', async ({ page }) => {
  await page.goto('/programs');
  await expectNoAxeViolations(page);
  await page.goto('/programs?country=us&region=on');
  const empty = page.getByTestId('empty-state');
  const inOntario = programs.filter((p) => p.region === 'ON').length;
  await expect(empty).toContainText(`Remove the country filter: ${inOntario} programs`);
});

test('exports and API answer for the same filters', async ({ request }) => {
  const expected = programs.filter((p) => p.country === 'US');
  const csv = await request.get('/programs/export.csv?country=us');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).trim().split('\r\n').length).toBeGreaterThanOrEqual(expected.length + 1);
  const xlsx = await request.get('/programs/export.xlsx?country=us');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  const api = await request.get('/api/v1/programs?country=us&per_page=100');
  const body = await api.json();
  expect(body.total).toBe(expected.length);
  expect(body.results.map((r: { slug: string }) => r.slug).sort()).toEqual(expected.map((p) => p.slug).sort());
  const bad = await request.get('/api/v1/programs?kind=nope');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toEqual([{ param: 'kind', value: 'nope', reason: expect.any(String) }]);
  const one = await request.get(`/api/v1/programs/${expected[0].slug}`);
  expect((await one.json()).sources.map((s: { url: string }) => s.url)).toEqual(expected[0].source_urls.split(' '));
  expect((await request.get('/api/v1/programs/nope-nope')).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filtering works by submitting the form', async ({ page }) => {
    await page.goto('/programs');
    await page.getByRole('checkbox', { name: /^Canada/ }).check();
    await page.getByRole('checkbox', { name: /^Assessment/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/programs\?.*country=ca/);
    const expected = programs.filter((p) => p.country === 'CA' && p.kind === 'assessment');
    await expect(page.getByTestId('summary')).toHaveText(`${expected.length} assessment programs in Canada`);
    await expect(page.getByTestId('results').locator('h3 a')).toHaveCount(expected.length);
  });
});
