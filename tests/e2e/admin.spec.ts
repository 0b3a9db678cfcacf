// The dashboard end to end: sign-in guard, editing a school through the UI (visible on the public page at once,
// with an audit entry), conflicting saves from two browsers, sign-in throttling (429), and axe on admin pages.
// Keep failed sign-ins across the whole suite under 20 (the per-IP limit; every test shares 127.0.0.1).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, seedSchools } from './fixtures';
import { e2eSessionCookieName } from './admin-session';

const ADMIN = { email: 'e2e-admin@example.test', password: 'e2e-admin-password-123' };
const schools = seedSchools();

async function signIn(page: Page, next?: string) {
  await page.goto(next ? `/admin/login?next=${encodeURIComponent(next)}` : '/admin/login');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(next ? new RegExp(`${next}$`) : /\/admin$/);
}

async function openSchoolEditor(page: Page, slug: string) {
  await page.goto(`/admin/schools?q=${slug}`);
  await page.getByTestId('admin-schools').getByRole('link').first().click();
  await expect(page.getByLabel('Slug (used in the URL)')).toHaveValue(slug);
}

async function signedInPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  return { context, page };
}

test('admin pages redirect to sign-in without a session', async ({ page }) => {
  for (const path of ['/admin', '/admin/schools', '/admin/schools/new', '/admin/schools/1', '/admin/audit']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/login$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the dashboard');
  }
});

test('sign in through the form, change a tuition, see it on the public page and in the audit log', async ({ page }) => {
  const school = schools.find((s) => s.tuition_usd_per_year !== '')!;
  const original = school.tuition_usd_per_year;
  // +1 dollar keeps every tuition filter and sort the other tests check unchanged.
  const changed = String(Number(original) + 1);
  await signIn(page, '/admin/schools');
  await openSchoolEditor(page, school.slug);
  try {
    await page.getByLabel('Tuition (USD per year)').fill(changed);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('form-message')).toContainText('Saved. Changed: tuitionUsdPerYear');
    await page.goto(`/schools/${school.slug}`);
    await expect(page.locator('[data-field="tuitionUsdPerYear"]')).toContainText(Number(changed).toLocaleString('en-US'));
    await page.goto(`/admin/audit?entity=school&actor=${encodeURIComponent(ADMIN.email)}`);
    const entry = page.getByTestId('history').getByRole('listitem').filter({ hasText: `school.update · ${school.slug}` }).first();
    await expect(entry).toContainText(`${Number(original)} → ${changed}`);
  } finally {
    await openSchoolEditor(page, school.slug);
    await page.getByLabel('Tuition (USD per year)').fill(original);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('form-message')).toContainText('Saved');
  }
});

test('a second browser saving an outdated form is refused as a conflict and keeps its input', async ({ browser }) => {
  const slug = schools[schools.length - 1].slug;
  const a = await signedInPage(browser);
  const b = await signedInPage(browser);
  try {
    await openSchoolEditor(a.page, slug);
    await openSchoolEditor(b.page, slug);
    const aliases = a.page.getByLabel('Other names (one per line)');
    const originalAliases = await aliases.inputValue();
    await aliases.fill(`${originalAliases}\nE2E conflict alias`.trim());
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(a.page.getByTestId('form-message')).toContainText('Saved');

    await b.page.getByLabel('City').fill('Conflict City');
    await b.page.getByRole('button', { name: 'Save changes' }).click();
    const message = b.page.getByTestId('form-message');
    await expect(message).toContainText(`Not saved: ${ADMIN.email} changed this school`);
    await expect(message).toContainText('City');
    await expect(message).toContainText('Other names');
    await expect(b.page.getByLabel('City')).toHaveValue('Conflict City');

    // Put the alias back so the data matches the seed again.
    await openSchoolEditor(a.page, slug);
    await a.page.getByLabel('Other names (one per line)').fill(originalAliases);
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(a.page.getByTestId('form-message')).toContainText('Saved');
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('repeated wrong passwords for an account get 429 with the wait time', async ({ page }) => {
  const email = `throwaway-${Date.now()}@example.test`;
  const attempt = async () => {
    await page.goto('/admin/login');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('definitely-wrong-password');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/admin/login/submit')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    return response;
  };
  for (let i = 0; i < 5; i++) {
    expect((await attempt()).status()).toBe(303);
    await expect(page.getByText('That email and password do not match an active account.')).toBeVisible();
  }
  const refused = await attempt();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(800);
  await expect(page.getByRole('alert')).toContainText('Please wait 15 minutes');
});

test('sign-in ignores a return path that leaves the dashboard', async ({ page }) => {
  await page.goto('/admin/login?next=//evil.example/admin');
  await expect(page.locator('input[name="next"]')).toHaveValue('/admin');
});

test('admin pages carry a nonce CSP and public pages the static one', async ({ page }) => {
  const login = await page.goto('/admin/login');
  expect(login!.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const home = await page.goto('/');
  const headers = home!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
});

// One page per test: six sweeps in one test ran past the 30 s limit on a busy 2-core machine. Each sweep still
// fails on any violation; only the time they may take is generous.
test.describe('admin pages have no axe violations', () => {
  test.describe.configure({ timeout: 90_000 });

  test('sign-in page', async ({ page }) => {
    await page.goto('/admin/login');
    await expectNoAxeViolations(page);
  });

  test('dashboard home', async ({ page }) => {
    await signIn(page);
    await expectNoAxeViolations(page);
  });

  test('schools list', async ({ page }) => {
    await signIn(page, '/admin/schools');
    await expectNoAxeViolations(page);
  });

  test('school editor', async ({ page }) => {
    await signIn(page);
    await openSchoolEditor(page, schools[0].slug);
    await expectNoAxeViolations(page);
  });

  test('lender editor', async ({ page }) => {
    await signIn(page, '/admin/lenders');
    await page.getByTestId('admin-lenders').getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('users', async ({ page }) => {
    await signIn(page, '/admin/users');
    await expectNoAxeViolations(page);
  });
});

test('an admin invites an editor, who sets a password from the one-time link and signs in', async ({ page, browser }) => {
  const email = `editor-${Date.now()}@example.test`;
  await signIn(page, '/admin/users');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role').selectOption('editor');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const link = await page.getByTestId('one-time-link').textContent();
  const path = new URL(link!).pathname;
  expect(path).toMatch(/^\/admin\/invite\/[A-Za-z0-9_-]{43}$/);

  const invitee = await browser.newContext();
  const other = await invitee.newPage();
  await other.goto(path);
  await expectNoAxeViolations(other);
  await other.getByLabel('New password (at least 12 characters)').fill('editor-password-123');
  await other.getByLabel('New password again').fill('editor-password-123');
  await other.getByRole('button', { name: 'Set password' }).click();
  await expect(other.getByTestId('result-message')).toContainText('Your password is set');
  await other.goto(path);
  await expect(other.getByText('This link has expired or was already used.')).toBeVisible();
  await other.goto('/admin/login');
  await other.getByLabel('Email address').fill(email);
  await other.getByLabel('Password').fill('editor-password-123');
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).toHaveURL(/\/admin$/);
  await other.goto('/admin/users');
  await expect(other.getByText('That page is for admins only.')).toBeVisible();
  await invitee.close();
});

test('signing out revokes the session on the server, not just the cookie', async ({ page, context }) => {
  await signIn(page);
  const cookie = (await context.cookies()).find((c) => c.name === e2eSessionCookieName())!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signed_out=1$/);
  await context.addCookies([cookie]); // replay the old token
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login$/);
});
