// The programs directory against real SQLite and real PostgreSQL, checked against an oracle written here over
// the seed CSV rows (it shares no code with lib/programs).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { parseCsv } from '@/lib/csv/parse';

const rows = parseCsv(readFileSync('prisma/seed-data/programs.csv', 'utf8')).records.map((r) => r.values);
const regions = [...new Set(rows.map((r) => r.region.toLowerCase()).filter(Boolean))];

type Oracle = { country?: string[]; region?: string[]; kind?: string[]; format?: string[]; page?: number };

function oracleMatches(row: Record<string, string>, f: Oracle): boolean {
  if (f.country?.length && !f.country.includes(row.country.toLowerCase())) return false;
  if (f.region?.length && !f.region.includes(row.region.toLowerCase())) return false;
  if (f.kind?.length && !f.kind.includes(row.kind)) return false;
  if (f.format?.length && !f.format.includes(row.format)) return false;
  return true;
}

// Code-point order of name, then slug (every seed name is in the Basic Multilingual Plane, so code units agree).
const byNameThenSlug = (a: Record<string, string>, b: Record<string, string>) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

function toQuery(f: Oracle): string {
  const p = new URLSearchParams();
  for (const key of ['country', 'region', 'kind', 'format'] as const) if (f[key]?.length) p.set(key, f[key]!.join(','));
  if (f.page) p.set('page', String(f.page));
  return p.toString();
}

const filterArb: fc.Arbitrary<Oracle> = fc.record(
  {
    country: fc.subarray(['ca', 'us']),
    region: fc.subarray(regions, { maxLength: 4 }),
    kind: fc.subarray(['bridging', 'assessment', 'degree', 'certificate', 'exam_prep', 'observership', 'language_communication', 'career_alternatives', 'cme']),
    format: fc.subarray(['online', 'in_person', 'hybrid']),
    page: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: [] },
);

describe.each(PROVIDERS)('programs directory on %s', (provider) => {
  const { database, queries, related, filters } = useTestDatabase(provider, {
    queries: () => import('@/lib/programs/queries'), related: () => import('@/lib/programs/related-guides'), filters: () => import('@/lib/programs/filters'),
  });
  const parse = (query: string) => filters.parseProgramFilter(new URLSearchParams(query)).filter;

  it('lists every seed program, 20 per page, in name-then-slug order', async () => {
    const expected = [...rows].sort(byNameThenSlug).map((r) => r.slug);
    const page1 = await queries.searchPrograms(parse(''));
    const page2 = await queries.searchPrograms(parse('page=2'));
    const all = await queries.searchPrograms(parse(''), { perPage: null });
    expect(page1.total).toBe(rows.length);
    expect([...page1.results, ...page2.results].map((r) => r.slug)).toEqual(expected.slice(0, 40));
    expect(all.results.map((r) => r.slug)).toEqual(expected);
    const first = all.results.find((r) => r.slug === rows[0].slug)!;
    expect(first.sources.map((s) => s.url)).toEqual(rows[0].source_urls.split(' '));
  });

  it('matches the oracle for random filter combinations (total and page order)', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, async (f) => {
        const result = await queries.searchPrograms(parse(toQuery(f)));
        const expected = rows.filter((r) => oracleMatches(r, f)).sort(byNameThenSlug);
        const page = f.page ?? 1;
        expect(result.total).toBe(expected.length);
        expect(result.results.map((r) => r.slug)).toEqual(expected.slice((page - 1) * 20, page * 20).map((r) => r.slug));
      }),
      { numRuns: 60 },
    );
  });

  it('facet counts equal the oracle with the facet’s own selection removed', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, async (f) => {
        const facets = await queries.countProgramFacets(parse(toQuery(f)));
        const count = (patch: Oracle) => rows.filter((r) => oracleMatches(r, { ...f, ...patch })).length;
        for (const c of ['ca', 'us']) expect(facets.country[c]).toBe(count({ country: [c] }));
        for (const k of Object.keys(facets.kind)) expect(facets.kind[k]).toBe(count({ kind: [k] }));
        for (const fm of ['online', 'in_person', 'hybrid']) expect(facets.format[fm]).toBe(count({ format: [fm] }));
        for (const r of regions) expect(facets.region[r] ?? 0).toBe(count({ region: [r] }));
      }),
      { numRuns: 25 },
    );
  });

  it('facet counts equal the totals of the views they lead to', async () => {
    const facets = await queries.countProgramFacets(parse('country=ca&kind=bridging'));
    const total = async (query: string) => (await queries.searchPrograms(parse(query))).total;
    expect(facets.kind.assessment).toBe(await total('country=ca&kind=assessment'));
    expect(facets.country.us).toBe(await total('country=us&kind=bridging'));
    expect(facets.region.on).toBe(await total('country=ca&region=on&kind=bridging'));
  });

  it('searches name, provider and notes, tolerating typos', async () => {
    const search = async (q: string) => (await queries.searchPrograms(parse(`q=${encodeURIComponent(q)}`))).results.map((r) => r.slug);
    expect(await search('Touchstone')).toEqual(expect.arrayContaining(['touchstone-pre-residency-program', 'touchstone-canadian-medicine-primer']));
    expect(await search('Tuochstone')).toContain('touchstone-canadian-medicine-primer');
    expect((await search('Canadian Medicine Primer (CMP)'))[0]).toBe('touchstone-canadian-medicine-primer');
    expect(await search('mock OSCEs')).toContain('mlbp-ottawa');
    expect(await search('zzqqxx')).toEqual([]);
  });

  it('finds a program by slug and refuses drafts and unknown slugs', async () => {
    expect((await queries.getProgramBySlug('mlbp-ottawa'))?.name).toBe(rows.find((r) => r.slug === 'mlbp-ottawa')!.name);
    expect(await queries.getProgramBySlug('no-such-program')).toBeNull();
    await database.db.program.update({ where: { slug: 'mlbp-ottawa' }, data: { status: 'draft' } });
    expect(await queries.getProgramBySlug('mlbp-ottawa')).toBeNull();
    expect((await queries.searchPrograms(parse(''))).total).toBe(rows.length - 1);
    await database.db.program.update({ where: { slug: 'mlbp-ottawa' }, data: { status: 'published' } });
  });

  it('relates guides that link to a view including the program, plus category guides', async () => {
    const ottawa = (await queries.getProgramBySlug('mlbp-ottawa'))!;
    const guides = await related.findRelatedGuides(ottawa);
    const linking = guides.linking.map((g) => g.slug);
    // img-in-canada-licensure-pathways links to /programs?country=ca&region=on; canadians-studying-medicine-abroad
    // to /programs?country=ca&kind=bridging; degrees-and-certificates only to degree/certificate views.
    expect(linking).toEqual(expect.arrayContaining(['img-in-canada-licensure-pathways', 'canadians-studying-medicine-abroad']));
    expect(linking).not.toContain('degrees-and-certificates-for-physicians');
    expect(linking).not.toContain('j1-vs-h1b-for-residency'); // links only to country=us
    const categories = new Set(guides.category.map((g) => g.category));
    expect([...categories].every((c) => c === 'continuing-education' || c === 'canada')).toBe(true);
    expect(guides.category.some((g) => linking.includes(g.slug))).toBe(false);
    const titles = guides.linking.map((g) => g.title);
    expect(titles).toEqual([...titles].sort());
    // A US program is not related to the Canada category, and only views that include it count.
    const usGuides = await related.findRelatedGuides((await queries.getProgramBySlug(rows.find((r) => r.country === 'US' && r.kind === 'observership')!.slug))!);
    expect(usGuides.category.every((g) => g.category === 'continuing-education')).toBe(true);
    expect(usGuides.linking.map((g) => g.slug)).toContain('residency-match-nrmp-for-imgs'); // links /programs?kind=observership
  });
});
