// Issue 18, first visit on a phone: results first with a collapsed "Filters (n)" disclosure (also without
// JavaScript), compare up to ten schools with a sticky first column, state names in search.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, seedSchools } from './fixtures';

const PHONE = { width: 390, height: 844 };
const schools = seedSchools();
const listed = schools.filter((s) => ['yes', 'limited'].includes(s.accepts_international));

async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page is wider than the screen').toBeLessThanOrEqual(client);
}

/** The first result card lies entirely within the first screen. */
async function expectFirstCardInFirstScreen(page: Page) {
  const card = page.getByTestId('results').locator('li').first();
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.y + box.height, `first card ends at ${Math.round(box.y + box.height)} px`).toBeLessThanOrEqual(PHONE.height);
}

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: PHONE });

  test('/schools shows the summary, chips and first result in the first screen, filters behind "Filters (n)"', async ({ page }) => {
    await page.goto('/schools?degree=md&aid=need');
    const panel = page.getByTestId('filter-panel');
    await expect(panel).not.toHaveAttribute('open');
    await expect(panel.locator('summary')).toHaveText('Filters (2), 2 active');
    await expect(page.getByLabel('Search', { exact: true })).toBeHidden();
    await expect(page.getByTestId('summary')).toBeInViewport();
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeInViewport();
    await expectFirstCardInFirstScreen(page);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('open');
    await expect(page.getByLabel('Search', { exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test('/schools with no filters: the first card is in the first screen and the toggle says just "Filters"', async ({ page }) => {
    await page.goto('/schools');
    await expect(page.getByTestId('filter-panel').locator('summary')).toHaveText('Filters');
    await expectFirstCardInFirstScreen(page);
    await expectNoHorizontalScroll(page);
  });

  test('/programs has the same collapsed panel', async ({ page }) => {
    await page.goto('/programs?country=ca');
    const panel = page.getByTestId('filter-panel');
    await expect(panel).not.toHaveAttribute('open');
    await expect(panel.locator('summary')).toContainText('Filters (1)');
    await expect(page.getByTestId('summary')).toBeInViewport();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test('/compare with ten schools: all ten columns, the field column stays in place, differences marked', async ({ page }) => {
    const ten = listed.slice(0, 10).map((s) => s.slug);
    const response = await page.goto(`/compare?schools=${ten.join(',')}`);
    expect(response!.status()).toBe(200);
    const table = page.getByTestId('compare-table');
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(10);
    for (const [i, slug] of ten.entries()) await expect(table.locator('thead th[scope="col"]').nth(i)).toContainText(schools.find((s) => s.slug === slug)!.name);
    await expect(page.getByTestId('link-problems')).toHaveCount(0);
    await expect(table.locator('tr[data-differs="true"]').first()).toBeVisible();
    await expect(table.locator('tr[data-differs="true"] th[scope="row"]').first()).toContainText('differs');
    await expectNoHorizontalScroll(page);

    const region = page.getByRole('region', { name: /Comparison of/ });
    const label = table.locator('tbody th[scope="row"]').first();
    const before = (await label.boundingBox())!;
    await expect(region).toHaveAttribute('tabindex', '0'); // keyboard users can scroll it
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(500);
    const after = (await label.boundingBox())!;
    expect(Math.abs(after.x - before.x), 'the field column moved').toBeLessThan(2);
    const last = (await table.locator('thead th[scope="col"]').nth(9).boundingBox())!;
    expect(last.x + last.width, 'the tenth school scrolled into view').toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript on a phone', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the filter disclosure opens and its form submits to a filtered list', async ({ page, request }) => {
    await page.goto('/schools');
    const panel = page.getByTestId('filter-panel');
    await panel.locator('summary').click();
    await expect(panel).toHaveAttribute('open');
    await page.getByRole('checkbox', { name: /Considers DACA recipients/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/schools\?(.*&)?daca=yes/);
    await expect(page.getByTestId('filter-panel')).not.toHaveAttribute('open');
    await expect(page.getByTestId('filter-panel').locator('summary')).toContainText('Filters (1)');
    const { total } = await (await request.get('/api/v1/schools?daca=yes&per_page=1')).json();
    expect(total).toBeGreaterThan(0);
    await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${total} `));
  });
});

test('on a laptop the filter panel is open beside the results, with no toggle', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/schools?aid=need');
  await expect(page.getByLabel('Search', { exact: true })).toBeVisible();
  await expect(page.getByTestId('filter-panel').locator('summary')).toBeHidden();
  const panel = (await page.getByTestId('filter-panel').boundingBox())!;
  const results = (await page.getByTestId('results').boundingBox())!;
  expect(panel.x + panel.width).toBeLessThanOrEqual(results.x);
});

test('a compare link with eleven schools keeps ten and says so', async ({ page }) => {
  const eleven = listed.slice(0, 11).map((s) => s.slug);
  await page.goto(`/compare?schools=${eleven.join(',')}`);
  await expect(page.getByTestId('link-problems')).toContainText('at most 10');
  await expect(page.getByTestId('compare-table').locator('thead th[scope="col"]')).toHaveCount(10);
});

test('q=new york, N.Y. and NY list every New York school', async ({ page }) => {
  const newYork = listed.filter((s) => s.state === 'NY');
  for (const q of ['new york', 'N.Y.', 'NY']) {
    await page.goto(`/schools?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${newYork.length} `));
    for (const school of newYork) await expect(page.getByTestId('results')).toContainText(school.name);
  }
});

test('save a filtered view, find it on /shortlist, open it, share it, remove it', async ({ page }) => {
  await page.goto('/schools?degree=md&aid=need');
  await page.getByTestId('save-search').click();
  const name = page.getByLabel('Name this search');
  await expect(name).toHaveValue(/^MD schools that offer need-based aid/);
  await name.fill('My need-aid list');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.goto('/shortlist');
  const list = page.getByTestId('saved-searches');
  await expect(list.getByRole('link', { name: 'My need-aid list' })).toHaveAttribute('href', '/schools?degree=md&aid=need');
  await expect(list.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expectNoAxeViolations(page);
  await list.getByRole('link', { name: 'My need-aid list' }).click();
  await expect(page).toHaveURL(/\/schools\?degree=md&aid=need$/);

  // Saving the same view again renames it instead of adding a second entry.
  await page.getByTestId('save-search').click();
  await page.getByLabel('Name this search').fill('Renamed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.goto('/shortlist');
  await expect(page.getByTestId('saved-searches').locator('li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove saved search: Renamed' }).click();
  await expect(page.getByTestId('saved-searches-empty')).toBeVisible();
});

test.describe('saved searches without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the save button is not offered and /shortlist says why', async ({ page }) => {
    await page.goto('/schools?aid=need');
    await expect(page.getByTestId('save-search')).toBeHidden();
    const response = await page.goto('/shortlist');
    // Playwright's text locators skip <noscript>; the HTML carries the explanation.
    expect(await response!.text()).toMatch(/<noscript><p[^>]*>Saved searches are kept by JavaScript/);
  });
});

test.describe('the eligibility finder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  type Persona = { name: string; answers: Record<string, string | string[]>; url: RegExp; chips: string[] };
  const PERSONAS: Persona[] = [
    {
      name: 'a Canadian citizen with a Canadian degree who can pay',
      answers: { status: 'Canadian citizen', studied: 'I have (or will have) a US or Canadian bachelor’s degree', funds: 'All years’ costs, even as a deposit', pay: 'With my own or my family’s money', cosigner: 'No', degree: 'Either' },
      url: /\/schools$/,
      chips: [],
    },
    {
      name: 'an F-1 student with one year’s funds, a loan and no cosigner',
      answers: { status: 'Another citizenship', studied: 'At a US or Canadian college for a year or more', funds: 'About one year’s costs', pay: 'I need a loan', cosigner: 'No', degree: 'MD only' },
      url: /\/schools\?degree=md&aid=loan&funds=proof&coursework=required$/,
      chips: ['MD', 'Institutional loans', 'Funding: Proof of funds at most', 'Coursework: Required at most'],
    },
    {
      name: 'a DACA recipient in the Northeast who needs aid',
      answers: { status: 'DACA recipient', studied: 'I have (or will have) a US or Canadian bachelor’s degree', funds: 'None up front', pay: 'I need financial aid from the school', cosigner: 'Yes', degree: 'Either', region: ['Northeast'] },
      url: /\/schools\?state=[a-z,]+&aid=need&funds=none&daca=yes$/,
      chips: ['Need-based aid', 'Considers DACA recipients'],
    },
  ];

  for (const persona of PERSONAS) {
    test(`${persona.name}: the answers land on the matching list`, async ({ page, request }) => {
      await page.goto('/eligibility');
      for (const [question, answer] of Object.entries(persona.answers)) {
        for (const label of [answer].flat()) await page.locator(`input[name="${question}"]`).locator('xpath=..').filter({ hasText: label }).locator('input').check();
      }
      await page.getByRole('button', { name: 'Show my list' }).click();
      await expect(page).toHaveURL(/\/eligibility\?status=/);
      const result = page.getByTestId('finder-result');
      await expect(result).toBeVisible();
      for (const chip of persona.chips) await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(chip);
      const open = page.getByTestId('finder-open');
      const href = (await open.getAttribute('href'))!;
      await expect(result.getByRole('link', { name: 'Download this list as Excel' })).toHaveAttribute('href', href.replace('/schools', '/schools/export.xlsx'));
      // The list shown here is the directory's list for those filters.
      const { total } = await (await request.get(`/api/v1/schools${href.replace('/schools', '')}${href.includes('?') ? '&' : '?'}per_page=1`)).json();
      await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${total} `));
      await open.click();
      await expect(page).toHaveURL(persona.url);
      await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${total} `));
      if (persona.answers.region) expect(new URL(page.url()).searchParams.get('state')!.split(',')).toEqual(expect.arrayContaining(['ny', 'ma', 'pa']));
    });
  }

  test('a hand-edited answer link with nonsense still answers 200 and says what it left out', async ({ page }) => {
    const response = await page.goto('/eligibility?status=martian&funds=none');
    expect(response!.status()).toBe(200);
    await expect(page.getByTestId('finder-result')).toContainText('status=martian');
    await expect(page.getByTestId('finder-reasons')).toContainText('neither proof of funds nor escrow');
  });
});

test('the finder and its result pass axe (with JavaScript: axe needs it)', async ({ page }) => {
  await page.goto('/eligibility');
  await expectNoAxeViolations(page);
  await page.goto('/eligibility?status=daca&studied=abroad&funds=one_year&pay=loan&cosigner=yes&degree=either&region=west');
  await expect(page.getByTestId('finder-reasons')).toContainText('US cosigner');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Change my answers' }).click();
  await expect(page.getByRole('radio', { name: 'DACA recipient' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'West', exact: true })).toBeChecked();
});
