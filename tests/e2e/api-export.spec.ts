// The JSON API, the export downloads, the sitemap and robots.txt over HTTP, against the seed data read
// straight from the CSV (an oracle independent of the app).
import { expect, test } from '@playwright/test';
import { listedSchools, seedSchools } from './fixtures';

const schools = seedSchools();
const listed = listedSchools();
const byName = (a: Record<string, string>, b: Record<string, string>) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : 1);

test('GET /api/v1/schools answers a filter with the canonical filter, paging and CSV-shaped schools', async ({ request }) => {
  const response = await request.get('/api/v1/schools?state=NY&degree=md&per_page=3');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const body = await response.json();
  const expected = listed.filter((s) => s.state === 'NY' && s.degree === 'MD').sort(byName);
  expect(body).toMatchObject({ total: expected.length, page: 1, perPage: 3 });
  expect(body.filters).toMatchObject({ degree: ['md'], state: ['ny'], sort: 'name' });
  expect(body.results.map((r: { slug: string }) => r.slug)).toEqual(expected.slice(0, 3).map((s) => s.slug));
  const first = body.results[0];
  expect(first).toMatchObject({ slug: expected[0].slug, degree: 'MD', state: 'NY', asOf: expected[0].as_of });
  expect(first.sources.map((s: { url: string }) => s.url).sort()).toEqual(expected[0].source_urls.split(' ').sort());
});

test('GET /api/v1/schools refuses an invalid value with 400 and the issues', async ({ request }) => {
  const response = await request.get('/api/v1/schools?degree=xx');
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error).toMatch(/degree/);
  expect(body.issues).toEqual([{ param: 'degree', value: 'xx', reason: 'must be one of md, do' }]);
});

test('one school, an unknown school, lenders and the OpenAPI document', async ({ request }) => {
  const school = schools[0];
  expect((await (await request.get(`/api/v1/schools/${school.slug}`)).json()).name).toBe(school.name);
  const missing = await request.get('/api/v1/schools/no-such-school');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toMatch(/no-such-school/);
  const lenders = await (await request.get('/api/v1/lenders')).json();
  expect(lenders.total).toBeGreaterThan(0);
  const openapi = await (await request.get('/api/v1/openapi.json')).json();
  expect(openapi.openapi).toBe('3.1.0');
  expect(Object.keys(openapi.paths)).toContain('/api/v1/schools');
});

test('the CSV download has a BOM and one row per school the API reports', async ({ request }) => {
  const query = 'degree=md&intl=yes,limited&sort=tuition';
  const api = await (await request.get(`/api/v1/schools?${query}&per_page=1`)).json();
  const response = await request.get(`/schools/export.csv?${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="img-pathways-schools.csv"');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const pages = bytes.toString('utf8').match(/,https?:\/\/[^,\r\n]+\/schools\/[a-z0-9-]+(?=[,\r\n])/g) ?? [];
  expect(api.total).toBeGreaterThan(0);
  expect(pages).toHaveLength(api.total);
  expect(pages[0]).toMatch(new RegExp(`/schools/${api.results[0].slug}$`));

  const bad = await request.get('/schools/export.csv?degree=xx');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('degree = "xx"');
});

test('the Excel download is a workbook file', async ({ request }) => {
  const response = await request.get('/schools/export.xlsx?state=ny');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="img-pathways-schools.xlsx"');
  const bytes = await response.body();
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a same-origin POST exports a shortlist in order with the private notes, guarded', async ({ request, baseURL }) => {
  const [a, b] = [schools[3], schools[1]];
  const response = await request.post('/schools/export.csv', {
    headers: { origin: new URL(baseURL!).origin, 'content-type': 'application/json' },
    data: { schools: [a.slug, 'no-such-school', b.slug], notes: { [b.slug]: '=1+1 ask about aid' } },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="img-pathways-shortlist.csv"');
  expect(response.headers()['cache-control']).toBe('private, no-store');
  const lines = (await response.text()).split('\r\n');
  expect(lines[0]).toMatch(/,Your notes$/);
  // The last two columns are the school's page on this site and the note.
  const rows = lines.slice(1).filter(Boolean).map((l) => l.match(/\/schools\/([a-z0-9-]+),([^,]*)$/)?.slice(1));
  expect(rows).toEqual([[a.slug, ''], [b.slug, "'=1+1 ask about aid"]]);
});

test('a cross-site POST to an export is refused', async ({ request }) => {
  const response = await request.post('/schools/export.csv', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: { schools: [schools[0].slug], notes: {} },
  });
  expect(response.status()).toBe(403);
});

test('sitemap.xml lists pages and schools; robots.txt points to it', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain('<urlset');
  for (const school of schools.slice(0, 5)) expect(xml).toContain(`/schools/${school.slug}</loc>`);
  expect((xml.match(/<loc>[^<]*\/schools\/[a-z0-9-]+<\/loc>/g) ?? []).length).toBe(schools.length);

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/Disallow: \/admin/);
  expect(text).toMatch(/Disallow: \/api\//);
  expect(text).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});
