// /events and its pages in a real browser, against events.csv read here: every row listed and on its own page
// with its source, calendar files read back with ical.js, filtering without JavaScript, times in the visitor's
// zone, and axe on the list, an event page and the organizers directory.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, requireE2eDbFile } from './fixtures';
import { adminSessionCookie } from './admin-session';
import { parseCsv } from '../../lib/csv/parse';

const rows = parseCsv(readFileSync('prisma/seed-data/events.csv', 'utf8')).records.map((r) => r.values);
const attr = (url: string) => url.replace(/&/g, '&amp;');

test('/events lists every row of events.csv in its section, with an honest empty Upcoming', async ({ page }) => {
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events and webinars');
  await expect(page.getByTestId('summary')).toHaveText(`${rows.length} events, programs and recordings`);
  const sectionOf: Record<string, string> = { series: 'section-series', recording: 'section-recordings' };
  for (const row of rows) {
    const section = sectionOf[row.kind] ?? 'section-past'; // every dated session in the data is already past
    await expect(page.getByTestId(section).locator(`a[href="/events/${row.slug}"]`), row.slug).toHaveCount(1);
  }
  const upcoming = page.getByTestId('empty-upcoming');
  await expect(upcoming).toContainText('No upcoming dated session is listed right now');
  await expect(upcoming.getByRole('link', { name: 'recurring programs' })).toHaveAttribute('href', '#series-heading');
  // Past sessions start collapsed.
  await expect(page.getByTestId('section-past').locator('details')).not.toHaveAttribute('open');
  await expectNoAxeViolations(page);
});

test('every row has a page showing its source and that source’s date', async ({ request }) => {
  for (const row of rows) {
    const response = await request.get(`/events/${row.slug}`);
    expect(response.status(), row.slug).toBe(200);
    const html = await response.text();
    expect(html, row.slug).toContain(`href="${attr(row.source_url)}"`);
    expect(html, row.slug).toContain(row.source_date ? `page dated ${row.source_date}` : 'the page gives no date');
  }
  expect((await request.get('/events/no-such-event')).status()).toBe(404);
});

test('dated rows download as .ics that ical.js reads; undated ones answer 404; /events.ics parses', async ({ request }) => {
  for (const row of rows) {
    const response = await request.get(`/events/${row.slug}/ics`);
    if (!row.starts_at) {
      expect(response.status(), row.slug).toBe(404);
      continue;
    }
    expect(response.headers()['content-type']).toContain('text/calendar');
    const vevents = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    expect(vevents, row.slug).toHaveLength(1);
    const event = new ICAL.Event(vevents[0]);
    expect(event.summary).toBe(row.title);
    // An exact time is written in UTC (its day may differ); a day or a zone-less time exactly as the source gives it.
    if (row.time_zone && row.starts_at.includes('T')) expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    else expect(event.startDate.toString().slice(0, 16)).toBe(row.starts_at);
  }
  const all = await request.get('/events.ics');
  expect(all.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await all.text()));
  expect(calendar.name).toBe('vcalendar');
  const feed = await (await request.get('/events/feed.xml')).text();
  expect(feed.match(/<entry>/g)).toHaveLength(rows.length);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect((sitemap.match(/<loc>[^<]*\/events\/[a-z0-9-]+<\/loc>/g) ?? []).length).toBe(rows.length + 1); // + /events/organizers
});

test.describe('an event with an exact time, seen from Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });
  const slug = 'amsa-residency-prep-series-2026'; // 2026-02-21T10:00 America/New_York

  test('shows the time in the visitor’s zone, named; JSON-LD Event; related links; axe clean', async ({ page }) => {
    await page.goto(`/events/${slug}`);
    await expect(page.getByTestId('event-time')).toHaveText('Sun, 22 Feb 2026, 00:00 GMT+9 (Asia/Tokyo)');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2026-02-21T10:00:00-05:00', name: rows.find((r) => r.slug === slug)!.title });
    await expect(page.getByTestId('event-details')).toContainText('Paid ($25 AMSA members / $75 non-members)');
    await expect(page.getByTestId('event-related').locator('a').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('without JavaScript shows the organizer’s own zone, named', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await page.goto(`/events/${slug}`);
    await expect(page.getByTestId('event-time')).toHaveText('Sat, 21 Feb 2026, 10:00 GMT-5 (America/New_York)');
    await context.close();
  });
});

test('a time without a zone says so, and a recording carries no Event data', async ({ page }) => {
  await page.goto('/events/oet-webinar-writing-preparation-native-english-speaking-physicians-2021');
  await expect(page.getByTestId('event-time')).toHaveText('Wed, 2 Jun 2021, 19:00 (time zone not stated by the organizer)');
  await page.goto('/events/rusm-atl-oet-webinars');
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test('filters work without JavaScript and declare the canonical URL', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events');
  const form = page.getByRole('search', { name: 'Filter events' });
  await form.getByRole('checkbox', { name: /Alberta International Medical Graduates Association/ }).check();
  await form.getByRole('checkbox', { name: /American Medical Women’s Association/ }).check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/organizer=amwa&organizer=aimga|organizer=aimga&organizer=amwa/);
  const expected = rows.filter((r) => /AMWA|AIMGA/.test(r.organizer));
  await expect(page.getByTestId('summary')).toHaveText(new RegExp(`^${expected.length} events`));
  for (const row of expected) await expect(page.locator(`a[href="/events/${row.slug}"]`)).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/events\?organizer=amwa,aimga$/);
  await page.goto('/events?topic=canada,nonsense');
  await expect(page.getByTestId('ignored-notice')).toContainText('nonsense');
  await expect(page.getByRole('link', { name: 'Remove filter: Topic: Canada' })).toHaveAttribute('href', '/events');
  await context.close();
});

test('with JavaScript a ticked filter updates the canonical URL at once', async ({ page }) => {
  await page.goto('/events');
  await page.getByRole('search', { name: 'Filter events' }).getByRole('checkbox', { name: /^Canada/ }).check();
  await expect(page).toHaveURL(/\/events\?topic=canada$/);
  const canada = rows.filter((r) => /canad|alberta|ontario|saskatchewan|toronto|carms|calgary|edmonton|iehp/i.test([r.title, r.audience, r.organizer, r.recurrence].join(' ')));
  await expect(page.getByTestId('summary')).toHaveText(`${canada.length} events, programs and recordings on canada`);
});

test('organizers directory: each organizer’s events page, linked from the guides; the home page shows a program', async ({ page }) => {
  await page.goto('/events/organizers');
  const organizers = page.getByTestId('organizer');
  expect(await organizers.count()).toBeGreaterThanOrEqual(5);
  const urls = new Set(rows.flatMap((r) => [r.url, r.source_url]));
  for (const link of await organizers.locator('a[rel~="noopener"]').all()) expect(urls.has((await link.getAttribute('href'))!)).toBe(true);
  await expectNoAxeViolations(page);
  for (const guide of ['img-in-canada-licensure-pathways', 'residency-match-nrmp-for-imgs', 'cme-and-continuing-professional-development']) {
    await page.goto(`/guides/${guide}`);
    await expect(page.locator('main a[href="/events/organizers"]').first(), guide).toBeVisible();
  }
  await page.goto('/');
  const home = page.getByTestId('home-event');
  await expect(home.getByRole('heading')).toHaveText('A recurring program for IMGs');
  const href = await home.locator('a[href^="/events/"]').first().getAttribute('href');
  expect(rows.filter((r) => r.kind === 'series').map((r) => `/events/${r.slug}`)).toContain(href);
});

test.describe('suggest an event, then moderate it', () => {
  test('the form works without JavaScript: a missing organizer page is refused with the input kept, then sent', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/events/suggest');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suggest an event');
    await page.getByLabel('Name of the event or program (required)').fill('E2E suggested IMG webinar');
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await expect(page.getByTestId('suggest-message')).toContainText('Please correct the highlighted fields');
    await expect(page.locator('#suggest-organizerUrl-error')).toContainText('organizer');
    await expect(page.getByLabel('Name of the event or program (required)')).toHaveValue('E2E suggested IMG webinar');
    await page.getByLabel('Link to the organizer’s page about it (required)').fill('https://example.org/e2e-webinar');
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await expect(page.getByTestId('suggest-message')).toContainText('Thank you');
    await context.close();
  });

  test('the form and its error state are axe clean; the queue shows the suggestion to an editor', async ({ page, context }) => {
    await page.goto('/events/suggest');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await expect(page.getByTestId('suggest-message')).toBeVisible();
    await expectNoAxeViolations(page);

    const [name, value] = (await adminSessionCookie(requireE2eDbFile(), 'admin')).split('=');
    await context.addCookies([{ name, value, url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000' }]);
    await page.goto('/admin/events/suggestions');
    const item = page.getByTestId('event-suggestions').locator('li').filter({ hasText: 'E2E suggested IMG webinar' }).first();
    await expect(item).toContainText('https://example.org/e2e-webinar');
    await expectNoAxeViolations(page);
    await item.getByLabel('Note (what you checked or changed)').fill('Checked the page; not for IMGs.');
    await item.getByRole('button', { name: 'Dismiss' }).click();
    await expect(item.getByRole('status')).toHaveText('Dismissed.');
  });

  test('an editor edits an event’s new fields; history records it; the public page shows it', async ({ page, context }) => {
    const [name, value] = (await adminSessionCookie(requireE2eDbFile(), 'admin')).split('=');
    await context.addCookies([{ name, value, url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000' }]);
    await page.goto('/admin/events?queue=stale');
    await expectNoAxeViolations(page);
    await page.goto('/admin/events');
    await page.getByTestId('admin-events').getByRole('link', { name: /Saskatchewan International Physician Practice Assessment/ }).click();
    await expect(page.getByLabel('Kind')).toHaveValue('series');
    await page.getByLabel('Cost note (optional)').fill('E2E note: fees on the organizer page');
    await page.getByLabel('Topics').fill('licensing, canada, nonsense');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(/Topics: use only/)).toBeVisible();
    await page.getByLabel('Topics').fill('licensing, canada, continuing_education');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Saved. Changed: costNote.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/events/sippa-saskatchewan-practice-ready-assessment-iterations');
    await expect(page.getByTestId('event-details')).toContainText('Cost not stated (E2E note: fees on the organizer page)');
  });
});
