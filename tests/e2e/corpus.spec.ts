// Bad input everywhere: the Big List of Naughty Strings plus SQL/XSS payloads, path traversal, over-long
// values, invalid percent-encoding and UTF-8, huge numbers and arrays where scalars are expected, driven
// against every public query parameter, every API parameter, every path parameter, the public forms and the
// admin forms (signed in through a Session row written to the database, never through failed logins).
// Asserts: never a 5xx; never the payload raw in HTML/XML; the API answers 400 with a reason for invalid
// values; public requests change no row (checksum of every table before and after).
// Runs against a private server on a copy of the e2e database (own-server.ts), sampled to stay bounded.
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { adminSessionCookie, readForm } from './admin-session';
import { blnsSample, dangerousNeedle, OWN_PAYLOADS, urlValue, type Payload } from './corpus/payloads';
import { checksumDatabase, rawRequest, withOwnServer, type OwnServer, type RawResponse } from './own-server';

test.describe.configure({ mode: 'serial' });

const SCHOOL_PARAMS = ['q', 'degree', 'state', 'ownership', 'intl', 'aid', 'cosigner', 'funds', 'coursework', 'daca', 'canada', 'tuition_max', 'sort', 'page'];
const PROGRAM_PARAMS = ['q', 'country', 'region', 'kind', 'format', 'page'];
const NUMERIC = new Set(['tuition_max', 'page', 'per_page']);
const FREE_TEXT = new Set(['q', 'schools']);

type Level = 'full' | 'light' | 'minimal';
/** `fullParams` get the whole own list; the route's other parameters get `level`. */
type QueryRoute = { path: string; params: string[]; level: Level; api?: boolean; fullParams?: string[] };

const QUERY_ROUTES: QueryRoute[] = [
  { path: '/schools', params: SCHOOL_PARAMS, level: 'light', fullParams: ['q', 'state', 'tuition_max', 'page'] },
  { path: '/schools/map', params: SCHOOL_PARAMS, level: 'minimal' },
  { path: '/schools/export.csv', params: SCHOOL_PARAMS, level: 'minimal' },
  { path: '/schools/export.xlsx', params: SCHOOL_PARAMS, level: 'minimal' },
  { path: '/schools/feed.xml', params: SCHOOL_PARAMS, level: 'minimal' },
  { path: '/schools/og', params: ['q', 'state', 'degree'], level: 'minimal' },
  { path: '/programs', params: PROGRAM_PARAMS, level: 'light' },
  { path: '/programs/export.csv', params: PROGRAM_PARAMS, level: 'minimal' },
  { path: '/programs/export.xlsx', params: PROGRAM_PARAMS, level: 'minimal' },
  { path: '/guides', params: ['q', 'category'], level: 'light' },
  { path: '/guides/feed.xml', params: ['q', 'category'], level: 'minimal' },
  { path: '/lenders', params: ['cosigner', 'medical'], level: 'light' },
  { path: '/compare', params: ['schools'], level: 'light' },
  { path: '/compare/og', params: ['schools'], level: 'minimal' },
  { path: '/shortlist', params: ['schools'], level: 'light' },
  { path: '/shortlist/og', params: ['schools'], level: 'minimal' },
  { path: '/events', params: ['topic', 'organizer'], level: 'minimal' },
  { path: '/', params: ['q'], level: 'minimal' },
  { path: '/api/v1/schools', params: [...SCHOOL_PARAMS, 'per_page'], level: 'light', api: true, fullParams: ['q', 'state', 'tuition_max', 'per_page'] },
  { path: '/api/v1/programs', params: [...PROGRAM_PARAMS, 'per_page'], level: 'light', api: true, fullParams: ['q', 'per_page'] },
  { path: '/api/v1/lenders', params: ['cosigner', 'medical'], level: 'full', api: true },
];

const PATH_ROUTES = [
  '/schools/{}',
  '/schools/{}/feed.xml',
  '/schools/{}/og',
  '/programs/{}',
  '/lenders/{}',
  '/guides/{}',
  '/events/{}',
  '/events/{}/ics',
  '/api/v1/schools/{}',
  '/api/v1/programs/{}',
];

/** Every raw payload, every markup payload and a few others: what the lighter levels keep. */
const CORE_TEXTS = [
  `' OR '1'='1`,
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</title><script>alert(document.cookie)</script>',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '/etc/passwd%00.html',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '99999999999999999999999999',
];
const CORE = [
  ...OWN_PAYLOADS.filter((p) => CORE_TEXTS.includes(p.text)),
  ...OWN_PAYLOADS.filter((p) => ['4000 × a', '300 × <script>'].includes(p.label ?? '')),
];
const MINIMAL = CORE.filter((p) => ['"><img src=x onerror=alert(1)>', '%E0%A4%A', '99999999999999999999999999'].includes(p.text));

function payloadsFor(level: Level, seed: number): Payload[] {
  if (level === 'full') return [...OWN_PAYLOADS, ...blnsSample(seed, 4)];
  if (level === 'light') return [...CORE, ...blnsSample(seed, 2)];
  return MINIMAL;
}

type Probe = { label: string; path: string; api?: boolean; payload?: Payload; mustBe400?: boolean; pathParam?: boolean };

function queryProbes(): Probe[] {
  const probes: Probe[] = [];
  let seed = 0;
  for (const route of QUERY_ROUTES) {
    for (const param of route.params) {
      seed++;
      const level = route.fullParams?.includes(param) ? 'full' : route.level;
      for (const payload of payloadsFor(level, seed)) {
        const value = urlValue(payload);
        if (value === null) continue;
        const own = OWN_PAYLOADS.includes(payload);
        const trimmed = payload.text.trim();
        const invalidForParam =
          own &&
          !FREE_TEXT.has(param) &&
          !['2000 commas', '500 states'].includes(payload.label ?? '') &&
          (!NUMERIC.has(param) || !/^\d+$/.test(trimmed) || trimmed.length > 9 || (trimmed === '0' && param !== 'tuition_max'));
        probes.push({
          label: `${route.path} ${param}=${(payload.label ?? payload.text).slice(0, 40)}`,
          path: `${route.path}?${param}=${value}`,
          api: route.api,
          payload,
          mustBe400: route.api && (invalidForParam || (param === 'q' && payload.text.length > 100 && route.path !== '/api/v1/lenders')),
        });
      }
      if (level === 'full') {
        // Arrays where scalars are expected, in the shapes PHP, Rails and qs-style clients send.
        const xss = '%3Cscript%3Ealert(7)%3C%2Fscript%3E';
        for (const shape of [`${param}=a&${param}=b`, `${param}[]=${xss}`, `${param}[0]=x&${param}[1]=${xss}`, `${param}=${xss}&${param}=1`, `${param}[a][b]=${xss}`]) {
          probes.push({ label: `${route.path} ${shape}`, path: `${route.path}?${shape}`, api: route.api, payload: { text: '<script>alert(7)</script>' } });
        }
      }
    }
  }
  return probes;
}

function pathProbes(): Probe[] {
  const probes: Probe[] = [];
  PATH_ROUTES.forEach((route, i) => {
    for (const payload of [...CORE, ...blnsSample(1000 + i, 4), { text: '..%2f..%2f..%2fetc%2fpasswd', raw: true }, { text: '....//....//etc', raw: true }]) {
      const value = urlValue(payload);
      if (value === null || value === '' || value === '.' || value === '..') continue;
      probes.push({ label: `${route} ← ${(payload.label ?? payload.text).slice(0, 40)}`, path: route.replace('{}', value), api: route.startsWith('/api/'), payload, pathParam: true });
    }
  });
  return probes;
}

function problemsWith(probe: Probe, res: RawResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`${res.status}`);
  const type = String(res.headers['content-type'] ?? '');
  if (probe.api) {
    // 308: Next folds `//` in a path into one slash with a same-site redirect.
    const sameSiteRedirect = res.status === 308 && String(res.headers.location ?? '').startsWith('/');
    if (![200, 400, 404].includes(res.status) && !sameSiteRedirect) problems.push(`API status ${res.status}`);
    if (!sameSiteRedirect && (res.status !== 404 || type.includes('json'))) {
      if (!type.includes('application/json')) problems.push(`API content-type ${type}`);
    }
    if (probe.mustBe400 && res.status !== 400) problems.push(`API answered ${res.status}, expected 400`);
    if (res.status === 400) {
      try {
        const body = JSON.parse(res.body) as { error?: unknown; issues?: { reason?: unknown }[] };
        if (typeof body.error !== 'string' || !body.error) problems.push('400 without an error message');
        if (!probe.pathParam && !(Array.isArray(body.issues) && body.issues.length && body.issues.every((i) => typeof i.reason === 'string' && i.reason))) {
          problems.push('400 without issues/reasons');
        }
      } catch {
        problems.push('400 body is not JSON');
      }
    }
  } else if (probe.pathParam && res.status === 200 && !(probe.path.endsWith('/og') && type.startsWith('image/'))) {
    // (a link-preview image for an unknown slug is a generic "School not found" card, by design)
    problems.push('a naughty slug answered 200');
  }
  const needle = probe.payload ? dangerousNeedle(probe.payload) : null;
  if (needle && /html|xml/.test(type) && res.body.includes(needle)) problems.push(`unescaped reflection of ${JSON.stringify(needle.slice(0, 60))}`);
  return problems;
}

async function runPool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

async function drive(server: OwnServer, probes: Probe[], extraHeaders: Record<string, string> = {}): Promise<string[]> {
  const failures: string[] = [];
  await runPool(probes, 4, async (probe) => {
    try {
      const res = await rawRequest(server.base, probe.path, { headers: extraHeaders });
      for (const p of problemsWith(probe, res)) failures.push(`${probe.label}: ${p}`);
    } catch (error) {
      failures.push(`${probe.label}: request failed (${(error as Error).message})`);
    }
  });
  return failures;
}

let server: OwnServer;
let before: Record<string, string>;

withOwnServer((started) => {
  server = started;
  before = checksumDatabase(server.dbFile);
});

test('every public and API query parameter survives the corpus', async () => {
  test.setTimeout(180_000); // ~50 s on an idle machine; generous for a loaded CI box
  const probes = queryProbes();
  const started = Date.now();
  const failures = await drive(server, probes);
  console.log(`corpus: ${probes.length} query probes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
});

test('every path parameter survives the corpus (404/400, never 5xx)', async () => {
  test.setTimeout(60_000);
  const failures = await drive(server, pathProbes());
  expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
});

test('the sign-in form never follows a naughty next= and never fails', async () => {
  // The email is left empty so no sign-in is attempted (no LoginAttempt row, no throttle effect).
  const failures: string[] = [];
  const nexts = [...CORE.map((p) => p.text), '//evil.example', 'https://evil.example/admin', '/\\evil.example', '/admin/../schools', 'javascript:alert(1)', '/admin@evil.example'];
  await runPool(nexts, 4, async (next) => {
    const body = new URLSearchParams({ email: '', password: '', next }).toString();
    const res = await rawRequest(server.base, '/admin/login/submit', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base, 'content-length': String(Buffer.byteLength(body)) },
    });
    const location = String(res.headers.location ?? '');
    if (res.status !== 303) failures.push(`${next.slice(0, 40)}: status ${res.status}`);
    else if (!/^(\/admin\/login\?|http:\/\/127\.0\.0\.1:\d+\/admin\/login\?)/.test(location)) failures.push(`${next.slice(0, 40)}: redirected to ${location}`);
  });
  expect(failures).toEqual([]);
});

test('public requests changed no row', async () => {
  expect(checksumDatabase(server.dbFile)).toEqual(before);
});

test('admin form fields answer field errors, never a 5xx, and escape what they echo', async ({ request }) => {
  test.setTimeout(90_000);
  const cookie = await adminSessionCookie(server.dbFile);
  const forms = [
    { path: '/admin/schools/1', marker: 'notes_short' },
    { path: '/admin/lenders/1', marker: 'notes_short' },
    { path: '/admin/users', marker: 'email' },
    { path: '/admin/account', marker: 'current' },
  ];
  const failures: string[] = [];
  const adminPayloads: Payload[] = [{ text: '<script>alert(1)</script>' }, { text: '"><img src=x onerror=alert(1)>' }, { text: 'x'.repeat(20_000), label: '20k chars' }];
  let posted = 0;
  let fieldErrors = 0;
  for (const [f, form] of forms.entries()) {
    const fields = await readForm(request, server.base, cookie, form.path, form.marker);
    const names = Object.keys(fields).filter((n) => !n.startsWith('$'));
    expect(names.length, form.path).toBeGreaterThan(0);
    const jobs = names.flatMap((name, n) => [...adminPayloads, CORE[(f * 7 + n) % CORE.length], ...blnsSample(2000 + f * 50 + n, 1)].map((payload) => ({ name, payload })));
    await runPool(jobs, 4, async ({ name, payload }) => {
      const res = await request.post(`${server.base}${form.path}`, {
        headers: { cookie, origin: server.base },
        multipart: { ...fields, [name]: payload.raw ? decodeURIComponentSafe(payload.text) : payload.text },
        maxRedirects: 0,
      });
      posted++;
      const body = await res.text();
      const label = `${form.path} ${name}=${(payload.label ?? payload.text).slice(0, 30)}`;
      if (res.status() >= 500) failures.push(`${label}: ${res.status()}`);
      if (body.includes('aria-invalid="true"')) fieldErrors++;
      const needle = dangerousNeedle(payload);
      if (needle && body.includes(needle)) failures.push(`${label}: unescaped reflection`);
    });
  }
  console.log(`corpus: ${posted} admin form posts, ${fieldErrors} answered with field errors`);
  expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
  expect(fieldErrors).toBeGreaterThan(posted / 4);

  // Whatever the admin forms stored must come out escaped on the public pages.
  const db = new Database(server.dbFile, { readonly: true });
  const slugs = (db.prepare(`SELECT slug FROM "School" WHERE status = 'published' ORDER BY updatedAt DESC LIMIT 3`).all() as { slug: string }[]).map((r) => r.slug);
  db.close();
  for (const slug of slugs) {
    const res = await rawRequest(server.base, `/schools/${encodeURIComponent(slug)}`);
    expect(res.status, slug).toBeLessThan(500);
    for (const p of adminPayloads) {
      const needle = dangerousNeedle(p);
      if (needle) expect(res.body.includes(needle), `${slug} reflects ${needle}`).toBe(false);
    }
  }
});

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
