// Issue 18 item 6, decision 074: the result list's shortlist and compare buttons are server markup with one
// client island per list (not two client components per card), and they behave as before: mouse and keyboard,
// the "at most 10" announcement, the compare tray, and the choices survive a reload.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/** Client component instances in a page's inline RSC payload, by export name: each `id:I[module, chunks, name]`
 *  row is a client reference, each "$L<id>" in the tree one instance that hydrates. */
function clientInstances(html: string): Record<string, number> {
  let flight = '';
  for (const m of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) flight += JSON.parse(m[1]);
  const counts: Record<string, number> = {};
  for (const m of flight.matchAll(/^([0-9a-f]+):I(\[.*\])$/gm)) {
    const name = String(JSON.parse(m[2])[2] ?? '');
    counts[name] = (counts[name] ?? 0) + flight.split(`"$L${m[1]}"`).length - 1;
  }
  return counts;
}

async function resultSlugs(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId('results').locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace('/schools/', ''));
}

test('/schools hydrates one island for all the cards’ buttons, and a school page one for its own', async ({ request }) => {
  for (const path of ['/schools', '/schools?page=2']) {
    const counts = clientInstances(await (await request.get(path)).text());
    expect(counts.ToolsIsland, path).toBe(1);
    // No per-card client component is left: nothing named like a shortlist or compare control but the island.
    expect(Object.keys(counts).filter((name) => /Shortlist|Compare|Star|Toggle/.test(name)), path).toEqual([]);
  }
  const html = await (await request.get('/schools')).text();
  expect((html.match(/data-shortlist="/g) ?? []).length).toBeGreaterThanOrEqual(10); // the buttons are in the HTML
});

test('stars and compares on several cards, by mouse and keyboard, survive a reload', async ({ page }) => {
  await page.goto('/schools');
  const [a, b, c] = await resultSlugs(page);
  await page.getByTestId(`star-${a}`).click();
  await page.getByTestId(`star-${c}`).focus();
  await page.keyboard.press('Space');
  await page.getByTestId(`compare-${a}`).click();
  await page.getByTestId(`compare-${b}`).focus();
  await page.keyboard.press('Enter');
  const expectState = async () => {
    await expect(page.getByTestId(`star-${a}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId(`star-${b}`)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId(`star-${c}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId(`compare-${a}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId(`compare-${b}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId(`compare-${c}`)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('compare-tray')).toContainText('2 of 10 schools selected to compare.');
  };
  await expectState();
  await expectNoAxeViolations(page);
  await page.reload();
  await expectState();

  // Client-side navigations bring new buttons (aria-pressed="false" from the server): they reflect the store too.
  await page.getByTestId(`star-${a}`).click();
  await expect(page.getByTestId(`star-${a}`)).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/page=2/);
  const [d] = await resultSlugs(page);
  await page.getByTestId(`compare-${d}`).click();
  await expect(page.getByTestId('compare-tray')).toContainText('3 of 10');
  await page.goBack();
  await expect(page.getByTestId(`compare-${a}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId(`star-${c}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('compare-tray')).toContainText('3 of 10');
  await page.goto('/shortlist');
  await expect(page).toHaveURL(new RegExp(`/shortlist\\?schools=${c}$`));
  await expect(page.getByTestId(`star-${c}`)).toHaveAttribute('aria-pressed', 'true');
});

test('an eleventh school is refused and the refusal is announced beside its button', async ({ page }) => {
  await page.goto('/schools');
  const slugs = await resultSlugs(page);
  await page.evaluate((ten) => localStorage.setItem('img-compare', JSON.stringify(ten)), slugs.slice(0, 10));
  await page.reload();
  await expect(page.getByTestId('compare-tray')).toContainText('10 of 10');
  const eleventh = page.getByTestId(`compare-${slugs[10]}`);
  await eleventh.click();
  await expect(eleventh).toHaveAttribute('aria-pressed', 'false');
  const status = page.locator(`[data-compare-status="${slugs[10]}"]`);
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('You can compare at most 10 schools.');
  await page.getByTestId(`compare-${slugs[0]}`).click(); // one fewer: now the eleventh fits, and the message goes
  await eleventh.click();
  await expect(eleventh).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the buttons are in the HTML but hidden, since nothing could store the choice', async ({ page }) => {
    await page.goto('/schools');
    const [a] = await resultSlugs(page);
    await expect(page.getByTestId(`star-${a}`)).toBeHidden();
    await expect(page.getByTestId(`compare-${a}`)).toBeHidden();
  });
});
