// Per-field evidence as readers see it: beside each value the pages that state it (title or host, kind, date),
// "Another source says …" for a page that disagrees, "Not confirmed — … suggests …" for a hint on an unknown
// field, the trust summary; every evidence.csv row on its school's page under its field; no research jargon on
// any public page; axe on a school page.
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../lib/csv/parse';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations, readSeedCsv, seedSchools } from './fixtures';
import { findResearchJargon, readerTextOfHtml } from '../support/research-jargon';

const schools = seedSchools();
const evidence = readSeedCsv('evidence.csv');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;');

test('a school page names each fact’s pages, a disagreeing page, a hint and a trust summary', async ({ page }) => {
  await page.goto('/schools/morehouse-md');
  const admission = page.locator('[data-evidence="accepts_international"]');
  // The school's own page states "does not accept"; it is named by its recorded title, with kind and date.
  const agree = admission.locator('[data-agree]');
  await expect(agree.filter({ hasText: 'School’s own page' })).toContainText('undated page, read 2019');
  await expect(agree.getByRole('link').first()).toHaveAttribute('href', 'https://msm.edu/Admissions/selectionfactors.php');
  // A third-party list that says "yes" is shown as a disagreement, with its source.
  const disagree = admission.locator('[data-disagree]');
  await expect(disagree).toHaveCount(1);
  await expect(disagree).toContainText('Another source says “Accepts international applicants”');
  await expect(disagree).toContainText('Third-party list');
  await expect(disagree.getByRole('link')).toHaveAttribute('href', 'https://www.auamed.org/blog/medical-school/medical-schools-that-accept-international-students/');
  // Coursework is still unknown; a third-party page hints at a value.
  const hint = page.locator('[data-evidence="us_coursework_required"] [data-hint]');
  await expect(hint).toContainText('Not confirmed — a third-party page suggests “US/Canadian bachelor’s degree required”');
  await expect(hint).toContainText('page date: Class of 2018 data');
  await expect(page.getByTestId('trust-summary')).toContainText('1 of 1 fact from the school’s own pages');
  // The bottom list keeps every source and says which facts each supports.
  const msm = page.locator('[data-source-url="https://msm.edu/Admissions/selectionfactors.php"]');
  await expect(msm).toContainText('Supports: International applicants (Does not accept international applicants)');
  await expect(page.locator('[data-source-url="https://collegelearners.com/list-of-medical-schools-that-accept-international-students-2"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download these sources (CSV)' })).toHaveAttribute('href', '/schools/evidence.csv?schools=morehouse-md');
  await expectNoAxeViolations(page);
});

test('a school page with many sources: field pages, the trust summary and axe', async ({ page }) => {
  await page.goto('/schools/tufts-md');
  await expect(page.getByTestId('trust-summary')).toHaveText(/\d+ of \d+ facts from the school’s own pages/);
  await expect(page.locator('[data-evidence="tuition_usd_per_year"] [data-hint]')).toContainText('Not confirmed — a third-party page suggests “$67,166”');
  await expect(page.getByTestId('reader-summary')).not.toBeEmpty();
  await expectNoAxeViolations(page);
});

test('every school page shows each of its evidence rows under the right field, with no research jargon', async ({ request }) => {
  test.setTimeout(600_000);
  const bySchool = new Map<string, Record<string, string>[]>();
  for (const row of evidence) bySchool.set(row.slug, [...(bySchool.get(row.slug) ?? []), row]);
  const problems: string[] = [];
  for (const school of schools) {
    const response = await request.get(`/schools/${school.slug}`);
    expect(response.status(), school.slug).toBe(200);
    const html = await response.text();
    const jargon = findResearchJargon(readerTextOfHtml(html));
    if (jargon.length) problems.push(`${school.slug}: jargon ${jargon.join(', ')}`);
    const blocks = new Map<string, string>();
    const parts = html.split('data-evidence="');
    for (const part of parts.slice(1)) blocks.set(part.slice(0, part.indexOf('"')), part.split('id="sources-heading"')[0]);
    for (const row of bySchool.get(school.slug) ?? []) {
      if (!blocks.get(row.field)?.includes(`href="${escapeHtml(row.source_url)}"`)) problems.push(`${school.slug}: ${row.field} lacks ${row.source_url}`);
    }
  }
  expect(problems).toEqual([]);
});

test('feeds, exports and the API carry reader summaries, not research notes', async ({ request }) => {
  const withoutUrls = (text: string) => text.replace(/https?:\/\/[^\s"<,]+/g, ' ');
  for (const path of ['/schools/feed.xml', '/schools/export.csv', '/schools/export.csv?intl=no', '/schools', '/schools?intl=no']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(findResearchJargon(withoutUrls(path.includes('.') ? body : readerTextOfHtml(body))), path).toEqual([]);
  }
  for (const intl of ['', '&intl=no']) {
    const list = await (await request.get(`/api/v1/schools?per_page=100${intl}`)).json();
    expect(list.results.length).toBeGreaterThan(0);
    for (const school of list.results) {
      expect(school.readerSummary, school.slug).not.toBe('');
      expect(school.notesShort, school.slug).toBe(school.readerSummary);
      expect(findResearchJargon(school.readerSummary), school.slug).toEqual([]);
    }
  }
  const api = await (await request.get('/api/v1/schools/morehouse-md')).json();
  expect(api.readerSummary).toBe('Says it does not accept international applicants.');
});

test('compare cells name their page’s kind and date, and mark a disputed fact; axe finds nothing', async ({ page }) => {
  await page.goto('/compare?schools=morehouse-md,tufts-md');
  const admission = page.getByTestId('compare-table').locator('tr', { has: page.locator('th', { hasText: 'Accepts international applicants?' }) });
  const morehouse = admission.locator('td').first();
  await expect(morehouse).toContainText('School’s own page · undated page, read 2019');
  await expect(morehouse.locator('[data-disputed]')).toContainText('disputed');
  await expect(morehouse.getByRole('link', { name: 'another source says otherwise' })).toHaveAttribute('href', '/schools/morehouse-md#acceptsInternational');
  // Morehouse's coursework is unknown with a third-party hint: no source link, a pointer to the hint.
  const coursework = page.getByTestId('compare-table').locator('tr', { has: page.locator('th', { hasText: 'US or Canadian coursework expected?' }) }).locator('td').first();
  await expect(coursework.getByRole('link', { name: 'not confirmed; a page suggests a value' })).toHaveAttribute('href', '/schools/morehouse-md#usCourseworkRequired');
  await expect(coursework.getByRole('link', { name: /^Source/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('evidence CSV: the rows of the filtered schools, same filters and 400 as the schools export', async ({ request }) => {
  const response = await request.get('/schools/evidence.csv?intl=no');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="img-pathways-schools-evidence.csv"');
  const table = parseCsv(await response.text());
  const records = [table.header, ...table.records.map((r) => table.header.map((h) => r.values[h]))];
  expect(records[0]).toEqual(['School', 'Field', 'Value shown', 'Value this page states', 'Source URL', 'Source date', 'Source kind', 'Agrees']);
  const sayNo = new Set(schools.filter((s) => s.accepts_international === 'no').map((s) => s.slug));
  const expected = evidence.filter((e) => sayNo.has(e.slug));
  expect(records.length - 1).toBe(expected.length);
  expect(new Set(records.slice(1).map((r) => r[4]))).toEqual(new Set(expected.map((e) => e.source_url)));
  const morehouse = records.filter((r) => r[0] === 'Morehouse School of Medicine');
  expect(morehouse).toContainEqual([
    'Morehouse School of Medicine', 'International applicants', 'Does not accept international applicants', 'Accepts international applicants',
    'https://www.auamed.org/blog/medical-school/medical-schools-that-accept-international-students/', 'undated', 'Third-party list', 'no',
  ]);
  const bad = await request.get('/schools/evidence.csv?degree=xx');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('degree = "xx"');
});

test('the workbook has an Evidence sheet with the shortlist’s pages', async ({ request }) => {
  const response = await request.get('/schools/export.xlsx?schools=morehouse-md,tufts-md');
  expect(response.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Evidence')!;
  expect(sheet).toBeDefined();
  const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? (v as { text: string }).text : v)));
  expect(rows[0]).toEqual(['School', 'Field', 'Value shown', 'Value this page states', 'Source URL', 'Source date', 'Source kind', 'Agrees']);
  const expected = evidence.filter((e) => e.slug === 'morehouse-md' || e.slug === 'tufts-md');
  expect(rows.length - 1).toBe(expected.length);
  expect(rows.filter((r) => r[0] === 'Morehouse School of Medicine').map((r) => r[7])).toEqual(['no', 'yes', 'yes', 'no']);
});
