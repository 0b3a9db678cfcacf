// Security headers on the production build (next start sets NODE_ENV=production, so HSTS must be there) and
// replays of the published Next.js exploit shapes against /admin without a session: none may reach admin data.
// Read-only requests against the suite's server; no sign-in at all.
import { expect, test, type APIResponse } from '@playwright/test';

const PUBLIC_PATHS = ['/', '/schools', '/schools/harvard-md', '/lenders', '/guides', '/api/v1/schools', '/schools/export.csv', '/healthz'];
/** What only a signed-in dashboard shows: the school editor's fields, the admin list, the sign-out form, the admin's email. */
const ADMIN_MARKERS = ['name="notes_short"', 'data-testid="admin-schools"', 'action="/admin/logout"', 'e2e-admin@example.test', 'tuition_usd_per_year', '"notes_short"'];

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...values]) => [name, values]));
}

function expectNoAdminData(res: APIResponse, body: string, label: string) {
  for (const marker of ADMIN_MARKERS) expect(body.includes(marker), `${label} leaks ${marker}`).toBe(false);
  expect(res.status(), label).toBeLessThan(500);
}

test('every response carries nosniff, referrer policy, frame denial and HSTS; no X-Powered-By', async ({ request }) => {
  for (const path of [...PUBLIC_PATHS, '/admin/login']) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['strict-transport-security'], path).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'])![1]), path).toBeGreaterThanOrEqual(31_536_000);
    expect(h['x-powered-by'], path).toBeUndefined();
  }
});

test('public pages carry exactly the cache-compatible policy of decision 005', async ({ request }) => {
  for (const path of PUBLIC_PATHS.filter((p) => p !== '/healthz')) {
    const res = await request.get(path);
    const csp = res.headers()['content-security-policy'];
    expect(csp, path).toBeTruthy();
    expect(csp.includes(','), `${path}: more than one policy`).toBe(false);
    const d = directives(csp);
    expect(d.get('script-src'), path).toEqual(["'self'", "'unsafe-inline'"]); // no 'unsafe-eval' in production
    expect(d.get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(d.get('object-src'), path).toEqual(["'none'"]);
    expect(d.get('base-uri'), path).toEqual(["'self'"]);
    expect(d.get('form-action'), path).toEqual(["'self'"]);
    expect(d.get('default-src'), path).toEqual(["'self'"]);
  }
});

test('/admin pages get a fresh nonce, strict-dynamic, no unsafe-inline scripts, and every script carries the nonce', async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/admin/login');
    expect(res.status()).toBe(200);
    const csp = res.headers()['content-security-policy'];
    expect(csp.includes(','), 'one policy only').toBe(false);
    const script = directives(csp).get('script-src')!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).toContain("'strict-dynamic'");
    const nonce = script.find((s) => s.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    nonces.add(nonce);
    expect(directives(csp).get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers()['cache-control']).toContain('no-store');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, 'script without the nonce').toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
});

test('x-middleware-subrequest (CVE-2025-29927 shape) does not skip the proxy or the dashboard’s own checks', async ({ request }) => {
  const values = [
    'middleware',
    'proxy',
    'src/middleware',
    'pages/_middleware',
    'middleware:middleware:middleware:middleware:middleware',
    'proxy:proxy:proxy:proxy:proxy',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
    'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy',
  ];
  for (const value of values) {
    for (const path of ['/admin', '/admin/schools', '/admin/schools/1', '/admin/users', '/admin/audit']) {
      const res = await request.get(path, { headers: { 'x-middleware-subrequest': value }, maxRedirects: 0 });
      const body = await res.text();
      expectNoAdminData(res, body, `${path} with x-middleware-subrequest: ${value}`);
      // Either the page's own guard redirects to sign-in, or the proxy still ran (its nonce CSP is present).
      const location = res.headers()['location'] ?? '';
      expect(location.includes('/admin/login') || body.includes('Sign in to the dashboard'), `${path} ${value}`).toBe(true);
      expect(res.headers()['content-security-policy'] ?? '', `${path}: proxy skipped`).toContain("'nonce-");
    }
  }
});

test('RSC and segment-prefetch URLs for /admin reveal nothing without a session', async ({ request }) => {
  const rsc = { RSC: '1' };
  const prefetch = { RSC: '1', 'Next-Router-Prefetch': '1' };
  const cases: [string, Record<string, string>][] = [
    ['/admin.rsc', {}],
    ['/admin/schools.rsc', {}],
    ['/admin/schools/1.rsc', {}],
    ['/admin/users.rsc', {}],
    ['/admin?_rsc=1', rsc],
    ['/admin?_rsc=1', prefetch],
    ['/admin/schools?_rsc=abc', prefetch],
    ['/admin/schools/1?_rsc=abc', { ...prefetch, 'Next-Router-Segment-Prefetch': '/_tree' }],
    ['/admin/schools.segments/_tree.segment.rsc', { ...prefetch, 'Next-Router-Segment-Prefetch': '/_tree' }],
    ['/admin/schools/1.segments/_tree.segment.rsc', { ...prefetch, 'Next-Router-Segment-Prefetch': '/_tree' }],
    ['/admin/schools/1.segments/admin/(dashboard)/schools/$d$id/__PAGE__.segment.rsc', { ...prefetch, 'Next-Router-Segment-Prefetch': '/admin/(dashboard)/schools/$d$id/__PAGE__' }],
    ['/admin/users.segments/admin/(dashboard)/users/__PAGE__.segment.rsc', { ...prefetch, 'Next-Router-Segment-Prefetch': '/admin/(dashboard)/users/__PAGE__' }],
    ['/admin/schools/1', { ...rsc, 'Next-Router-State-Tree': '%5B%22%22%2C%7B%7D%5D' }],
  ];
  for (const [path, headers] of cases) {
    const res = await request.get(path, { headers, maxRedirects: 0 });
    expectNoAdminData(res, await res.text(), `${path} ${JSON.stringify(headers)}`);
  }
});

test('POSTs with a bogus or replayed Next-Action header, cross-origin or Origin-less, reach no admin data', async ({ request, baseURL }) => {
  const actions = ['0000000000000000000000000000000000000000', 'x', '../../etc/passwd', '7fc0c6797c443d082a9718435a7b5de01b8714acf7', "' OR 1=1 --"];
  const origins: (string | undefined)[] = [baseURL, 'https://evil.example', undefined, 'null'];
  for (const path of ['/admin/schools/1', '/admin/users', '/admin', '/schools']) {
    for (const action of actions) {
      for (const origin of origins) {
        const headers: Record<string, string> = { 'Next-Action': action, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' };
        if (origin) headers.Origin = origin;
        const res = await request.post(path, { headers, data: '[{"id":1,"version":1,"name":"pwned"}]', maxRedirects: 0 });
        expectNoAdminData(res, await res.text(), `POST ${path} Next-Action ${action} Origin ${origin}`);
      }
    }
  }
  // The public data is untouched: nobody renamed a school to "pwned".
  expect(await (await request.get('/api/v1/schools?q=pwned')).json()).toMatchObject({ total: 0 });
});

test('cross-origin and Origin-less POSTs to the cookie-authenticated route handlers are refused', async ({ request }) => {
  for (const path of ['/admin/logout', '/admin/login/submit']) {
    const variants: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, {}, { 'Sec-Fetch-Site': 'cross-site' }];
    for (const headers of variants) {
      const res = await request.post(path, { headers, form: { email: '', password: '' }, maxRedirects: 0 });
      expect(res.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
  }
});
