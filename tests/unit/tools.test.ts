// Pure parts of the IMG tools: tile-grid layout, chart maths, the `schools=` parameter, Atom escaping,
// audit-change descriptions, compare rows and the shortlist storage sanitizer.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, GRID_ROWS, TILES, shadeStep } from '@/lib/map/tile-grid';
import { US_STATES } from '@/lib/validation/enums';
import { STATE_NAMES } from '@/lib/geo/states';
import { linearScale, niceMax, splitAtGaps, ticks } from '@/lib/charts/scale';
import { COMPARE_MAX, parseSchoolSlugs, slugsHref } from '@/lib/shortlist/slugs';
import { buildAtomFeed } from '@/lib/feeds/atom';
import { xmlText } from '@/lib/xml/text';
import { describeChange } from '@/lib/feeds/describe-change';
import { buildCompareGroups, sourceFor } from '@/lib/compare/rows';
import { sanitizeCompare, sanitizeShortlist } from '@/components/tools/store';
import { filterPreviewLine } from '@/lib/og/texts';
import { parseSchoolFilter } from '@/lib/schools/filters';
import type { SchoolRow } from '@/lib/schools/queries';

describe('tile grid', () => {
  it('has exactly one tile for every state, DC and PR', () => {
    expect(TILES.map((t) => t.state).sort()).toEqual([...US_STATES].sort());
    for (const state of US_STATES) expect(STATE_NAMES[state]).toBeTruthy();
  });
  it('places tiles inside the grid without overlaps', () => {
    const cells = new Set(TILES.map((t) => `${t.col},${t.row}`));
    expect(cells.size).toBe(TILES.length);
    for (const t of TILES) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(GRID_COLUMNS);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(GRID_ROWS);
    }
  });
  it('keeps rough geography (west is left of east, north above south)', () => {
    const at = (s: string) => TILES.find((t) => t.state === s)!;
    expect(at('CA').col).toBeLessThan(at('NY').col);
    expect(at('WA').col).toBeLessThan(at('ME').col);
    expect(at('MN').row).toBeLessThan(at('TX').row);
    expect(at('NY').row).toBeLessThan(at('FL').row);
  });
  it('shades zero as 0 and the maximum as the darkest step', () => {
    expect(shadeStep(0, 7)).toBe(0);
    expect(shadeStep(1, 7)).toBe(1);
    expect(shadeStep(7, 7)).toBe(4);
    expect(shadeStep(4, 7)).toBe(3);
    expect(shadeStep(3, 0)).toBe(0);
  });
});

describe('chart scaling', () => {
  it('rounds the axis maximum up to a nice number', () => {
    expect(niceMax(1933)).toBe(2000);
    expect(niceMax(409)).toBe(500);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(20)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });
  it('spreads ticks evenly from zero to the maximum', () => {
    expect(ticks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(ticks(25, 5)).toEqual([0, 5, 10, 15, 20, 25]);
  });
  it('maps values linearly, including onto an inverted range', () => {
    const y = linearScale([0, 2000], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(2000)).toBe(20);
    expect(y(1000)).toBe(160);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });
  it('breaks a series at nulls instead of drawing zeros', () => {
    const runs = splitAtGaps([null, 1331, 1777, null, 1890].map((value, i) => ({ value, item: i })));
    expect(runs.map((r) => r.map((p) => p.index))).toEqual([[1, 2], [4]]);
    expect(runs.flat().some((p) => p.value === 0)).toBe(false);
  });
});

describe('schools= parameter', () => {
  it('keeps distinct well-formed slugs in order and reports the rest', () => {
    const { slugs, problems } = parseSchoolSlugs(new URLSearchParams('schools=yale-md,Harvard-MD,,yale-md,<script>,a--b'));
    expect(slugs).toEqual(['yale-md', 'harvard-md']);
    expect(problems.map((p) => p.reason)).toEqual(['is listed twice', 'is not a school identifier', 'is not a school identifier']);
  });
  it('enforces the maximum and builds readable links', () => {
    const { slugs, problems } = parseSchoolSlugs({ schools: ['a,b,c', 'd,e'] }, 4);
    expect(slugs).toEqual(['a', 'b', 'c', 'd']);
    expect(problems).toEqual([{ value: 'e', reason: 'is beyond the limit of 4 schools' }]);
    expect(slugsHref('/compare', slugs)).toBe('/compare?schools=a,b,c,d');
    expect(slugsHref('/shortlist', [])).toBe('/shortlist');
  });
});

describe('Atom feed builder', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText(`a < b & "c" > 'd'\u0001\u0007x`)).toBe(`a &lt; b &amp; &quot;c&quot; &gt; 'd'x`);
  });
  it('writes every entry with escaped text and absolute links', () => {
    const xml = buildAtomFeed({
      id: 'https://example.test/schools/feed.xml?state=ny&aid=need',
      title: 'Changes to <Schools> & more',
      selfUrl: 'https://example.test/schools/feed.xml?state=ny&aid=need',
      alternateUrl: 'https://example.test/schools?state=ny&aid=need',
      authorName: 'IMG Pathways',
      updated: new Date('2026-01-02T03:04:05Z'),
      entries: [
        { id: 'https://example.test/schools/x#change-1', title: 'X & Y <b>', updated: new Date('2026-01-02T03:04:05Z'), url: 'https://example.test/schools/x', summary: 'Tuition: 1 → 2 <script>' },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<title type="text">Changes to &lt;Schools&gt; &amp; more</title>');
    expect(xml).toContain('href="https://example.test/schools?state=ny&amp;aid=need"');
    expect(xml).toContain('<title type="text">X &amp; Y &lt;b&gt;</title>');
    expect(xml).toContain('<summary type="text">Tuition: 1 → 2 &lt;script&gt;</summary>');
    expect(xml).toContain('<updated>2026-01-02T03:04:05.000Z</updated>');
    expect(xml).not.toMatch(/<script>|<b>/);
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});

describe('the one Atom writer', () => {
  it('gives a document an independent XML parser reads back, whatever the text holds', () => {
    const nasty = `a\r\nb\t"c" 'd' <e> & \u0001\uD800 \uFFFF ✓`;
    const xml = buildAtomFeed({
      id: 'https://x.test/f', title: nasty, subtitle: nasty, selfUrl: `https://x.test/f?a=1&b="2"`, alternateUrl: 'https://x.test/',
      authorName: nasty, updated: new Date(0), base: 'https://x.test/',
      entries: [{ id: 'https://x.test/e', title: nasty, url: `https://x.test/e?q=${nasty}`, updated: new Date(0), published: new Date(0), summary: nasty, contentHtml: `<p>${nasty}</p>`, categories: [{ term: nasty, label: nasty }] }],
    });
    const script = 'import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.buffer.read()); print(d.getElementsByTagName("summary")[0].firstChild.data)';
    const summary = execFileSync('python3', ['-c', script], { input: Buffer.from(xml), encoding: 'utf8' });
    expect(summary).toBe(`a\r\nb\t"c" 'd' <e> &   ✓\n`);
  });
});

describe('audit change description', () => {
  it('names changed fields in plain words and skips bookkeeping', () => {
    const lines = describeChange(
      JSON.stringify({ needBasedAidForInternationals: 'no', version: 1, notesShort: 'same' }),
      JSON.stringify({ needBasedAidForInternationals: 'yes', version: 2, notesShort: 'same' }),
    );
    expect(lines).toEqual(['Need-based aid for international students: no → yes']);
  });
  it('survives malformed JSON', () => {
    expect(describeChange('{not json', null)).toEqual([]);
    expect(describeChange(null, '[1,2]')).toEqual([]);
  });
});

function school(patch: Partial<SchoolRow>): SchoolRow {
  return {
    id: 1, slug: 'a-md', name: 'A', degree: 'MD', city: 'Boston', state: 'MA', ownership: 'private',
    acceptsInternational: 'yes', usCourseworkRequired: 'required', escrowOrProofOfFunds: 'escrow_1yr',
    needBasedAidForInternationals: 'no', meritScholarshipsForInternationals: 'unknown', institutionalLoansForInternationals: 'no',
    cosignerLoansAccepted: 'yes', dacaAccepted: 'unknown', canadiansTreatedAs: 'international', tuitionUsdPerYear: 70000,
    tuitionYear: '2025-26', websiteUrl: null, internationalPolicyUrl: 'https://a.example/intl', notesShort: '', readerSummary: '', asOf: '2026',
    aliases: '', searchText: '', status: 'published', lastVerifiedAt: null, version: 1, createdAt: new Date(0), updatedAt: new Date(0),
    sources: [{ id: 1, schoolId: 1, url: 'https://a.example/src', title: null, position: 0 }],
    ...patch,
  } as unknown as SchoolRow;
}

describe('compare rows', () => {
  it('marks exactly the rows where schools differ and links each fact to its source', () => {
    const a = school({});
    const b = school({ slug: 'b-md', name: 'B', needBasedAidForInternationals: 'yes', internationalPolicyUrl: null });
    const groups = buildCompareGroups([a, b]);
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.differs).map((r) => r.key)).toEqual(['needBasedAidForInternationals']);
    const aid = rows.find((r) => r.key === 'needBasedAidForInternationals')!;
    expect(aid.cells.map((c) => c.text)).toEqual(['No', 'Yes']);
    expect(aid.cells.map((c) => c.sourceUrl)).toEqual(['https://a.example/intl', 'https://a.example/src']);
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(['degree', 'location', 'ownership', 'tuitionUsdPerYear', 'asOf', 'lastVerifiedAt']));
    expect(rows.find((r) => r.key === 'meritScholarshipsForInternationals')!.cells[0].text).toBe('Not published by the school');
    expect(sourceFor({ internationalPolicyUrl: null, sources: [] })).toBeNull();
  });

  it('with evidence, a cell names the best page stating its value, that page’s kind and date, and a dispute', () => {
    const a = school({});
    const b = school({ slug: 'b-md', name: 'B', asOf: '2025' });
    const page = (field: string, value: string, sourceKind: string, sourceUrl: string, sourceDate = '') => ({ field, value, sourceKind, sourceUrl, sourceDate });
    const evidence = new Map([
      ['a-md', [page('need_based_aid_for_internationals', 'no', 'third_party', 'https://list.example/'), page('need_based_aid_for_internationals', 'no', 'school', 'https://a.example/aid', '2024-2025')]],
      ['b-md', [page('need_based_aid_for_internationals', 'yes', 'forum', 'https://forum.example/t')]],
    ]);
    const aid = buildCompareGroups([a, b], evidence).flatMap((g) => g.rows).find((r) => r.key === 'needBasedAidForInternationals')!;
    expect(aid.cells[0]).toEqual({ text: 'No', sourceUrl: 'https://a.example/aid', sourceKind: 'School’s own page', sourceDate: 'dated 2024-2025', disputed: false });
    // B shows "No" too, but its only page says "Yes": the cell keeps the policy page and is marked disputed.
    expect(aid.cells[1]).toEqual({ text: 'No', sourceUrl: 'https://a.example/intl', disputed: true });
    // An unknown value links no page; a hint for it is pointed at.
    const merit = buildCompareGroups([a, b], new Map([['a-md', [page('merit_scholarships_for_internationals', 'yes', 'forum', 'https://forum.example/m')]]]))
      .flatMap((g) => g.rows).find((r) => r.key === 'meritScholarshipsForInternationals')!;
    expect(merit.cells).toEqual([
      { text: 'Not published by the school', sourceUrl: null, hinted: true },
      { text: 'Not published by the school', sourceUrl: null, hinted: false },
    ]);
  });
});

describe('shortlist storage', () => {
  it('keeps only well-formed, distinct entries', () => {
    expect(
      sanitizeShortlist([{ slug: 'yale-md', note: 'call', addedAt: '2026-01-01' }, { slug: 'yale-md' }, { slug: 'Bad Slug' }, 'x', null, { slug: 'jhu-md', note: 5 }]),
    ).toEqual([
      { slug: 'yale-md', note: 'call', addedAt: '2026-01-01' },
      { slug: 'jhu-md', note: '', addedAt: new Date(0).toISOString() },
    ]);
    expect(sanitizeShortlist({ slug: 'x' })).toEqual([]);
    expect(sanitizeCompare(['a', 'a', 'b', 'c', 7])).toEqual(['a', 'b', 'c']);
    const twelve = Array.from({ length: 12 }, (_, i) => `school-${i}`);
    expect(sanitizeCompare(twelve)).toEqual(twelve.slice(0, 10)); // compare keeps up to ten
  });

  it('a compare link keeps ten schools and names the rest', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `school-${i}`);
    const { slugs, problems } = parseSchoolSlugs(new URLSearchParams(`schools=${eleven.join(',')}`), COMPARE_MAX);
    expect(COMPARE_MAX).toBe(10);
    expect(slugs).toEqual(eleven.slice(0, 10));
    expect(problems).toEqual([{ value: 'school-10', reason: 'is beyond the limit of 10 schools' }]);
  });
});

describe('preview text', () => {
  it('summarises a filter in one line', () => {
    const { filter } = parseSchoolFilter(new URLSearchParams('intl=yes&aid=need&degree=md'));
    expect(filterPreviewLine(filter, 23)).toBe('23 MD schools · accept international applicants · offer need-based aid to international students');
  });
});
