// Public pages are eligible for the browser's back/forward cache (issue 17): nothing public sends no-store
// any more. A page left and then returned to with Back is the same document, restored, not loaded again.
import { expect, test } from '@playwright/test';

// Playwright turns the back/forward cache off by default (--disable-back-forward-cache); this browser keeps it.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test('public pages are restored from it (no no-store keeps them out)', async ({ page }) => {
  const notUsed: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  cdp.on('Page.backForwardCacheNotUsed', (event) => notUsed.push(...event.notRestoredExplanations.map((e) => e.reason)));
  for (const path of ['/schools/harvard-md', '/schools?aid=need', '/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle'); // link prefetches in flight would be a reason of their own
    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 42;
    });
    await page.goto('/glossary');
    // A page restored from the cache fires no load event: wait for the commit only.
    await page.goBack({ waitUntil: 'commit' });
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
    // The same document, with its in-memory marker: restored, not loaded again.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker), `${path}: ${notUsed.join(', ')}`).toBe(42);
  }
});
