// SchoolFilter → results + facet counts. The one query path for the directory page, the JSON API, the
// exports, the feeds and the preview image. No N+1: a page is one findMany (with sources when asked) plus a
// fixed number of grouped counts.
import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { findSearchCandidates } from '../search/school-candidates';
import { prepareQuery, rankDocument } from '../search/fuzzy';
import { PAGE_SIZE, type SchoolFilter, DEGREE_VALUES, OWNERSHIP_VALUES, INTL_VALUES, AID_VALUES, FUNDS_VALUES, COURSEWORK_VALUES } from './filters';
import { schoolOrderBy, schoolWhere, FUNDS_ACCEPTED, COURSEWORK_ACCEPTED, type FacetName } from './where';
import type { Prisma } from '../generated/sqlite/client';
import { relaxations } from './chips';

export const schoolWithSources = { sources: { orderBy: { position: 'asc' as const } } } satisfies Prisma.SchoolInclude;
export type SchoolRow = Prisma.SchoolGetPayload<{ include: typeof schoolWithSources }>;

/**
 * Ids of published schools matching `q` with their rank tier (lower is better), or null without a query.
 * The search index gives a bounded candidate set; fuzzy.ts ranks it. Cached per request (React cache) since
 * the page, its metadata and the facet counts all ask for the same query.
 */
const rankSchoolsForQuery = cache(async (q: string | null): Promise<Map<number, number> | null> => {
  if (!q) return null;
  const query = prepareQuery(q);
  const candidates = await findSearchCandidates(query.tokens);
  const tiers = new Map<number, number>();
  for (const doc of candidates) {
    const tier = rankDocument(query, doc);
    if (tier !== null) tiers.set(doc.id, tier);
  }
  return tiers;
});

export type SchoolSearch = { total: number; page: number; perPage: number; results: SchoolRow[] };

/** One page of results (perPage rows), or every match when perPage is null (exports, feeds). */
export async function searchSchools(
  filter: SchoolFilter,
  options: { perPage?: number | null } = {},
): Promise<SchoolSearch> {
  const perPage = options.perPage === undefined ? PAGE_SIZE : options.perPage;
  const tiers = await rankSchoolsForQuery(filter.q);
  const where = schoolWhere(filter, tiers ? [...tiers.keys()] : null);
  const orderBy = schoolOrderBy(filter.sort);
  const skip = perPage === null ? 0 : (filter.page - 1) * perPage;

  if (!tiers) {
    const [total, results] = await Promise.all([
      db.school.count({ where }),
      db.school.findMany({ where, orderBy, include: schoolWithSources, skip, take: perPage ?? undefined }),
    ]);
    return { total, page: filter.page, perPage: perPage ?? total, results };
  }
  // With a query, better matches come first; within a tier the chosen sort applies.
  const ordered = await db.school.findMany({ where, orderBy, select: { id: true } });
  const ranked = ordered
    .map((row, index) => ({ id: row.id, tier: tiers.get(row.id) ?? 9, index }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index);
  const pageIds = (perPage === null ? ranked : ranked.slice(skip, skip + perPage)).map((r) => r.id);
  const rows = await db.school.findMany({ where: { id: { in: pageIds } }, include: schoolWithSources });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total: ranked.length,
    page: filter.page,
    perPage: perPage ?? ranked.length,
    results: pageIds.map((id) => byId.get(id)).filter((r): r is SchoolRow => !!r),
  };
}

export type FacetCounts = {
  degree: Record<string, number>;
  state: Record<string, number>;
  ownership: Record<string, number>;
  intl: Record<string, number>;
  aid: Record<string, number>;
  cosigner: number;
  funds: Record<string, number>;
  coursework: Record<string, number>;
  daca: number;
  canada: number;
};

function tally(rows: { _count: { _all: number } }[], key: (row: never) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[key(row as never)] = row._count._all;
  return out;
}

/**
 * How many schools each option would give: for a multi-valued facet, the count with that facet's own
 * selection removed (so options stay comparable); for AND-style options, the count with the option added.
 */
export async function countSchoolFacets(filter: SchoolFilter): Promise<FacetCounts> {
  const tiers = await rankSchoolsForQuery(filter.q);
  const ids = tiers ? [...tiers.keys()] : null;
  const where = (omit?: FacetName) => schoolWhere(filter, ids, omit);
  const countWith = (patch: Partial<SchoolFilter>) => db.school.count({ where: schoolWhere({ ...filter, ...patch }, ids) });
  const [degree, state, ownership, intl, funds, coursework, aidCounts, cosigner, daca, canada] = await Promise.all([
    db.school.groupBy({ by: ['degree'], where: where('degree'), _count: { _all: true } }),
    db.school.groupBy({ by: ['state'], where: where('state'), _count: { _all: true } }),
    db.school.groupBy({ by: ['ownership'], where: where('ownership'), _count: { _all: true } }),
    db.school.groupBy({ by: ['acceptsInternational'], where: where('intl'), _count: { _all: true } }),
    db.school.groupBy({ by: ['escrowOrProofOfFunds'], where: where('funds'), _count: { _all: true } }),
    db.school.groupBy({ by: ['usCourseworkRequired'], where: where('coursework'), _count: { _all: true } }),
    Promise.all(AID_VALUES.map((aid) => countWith({ aid: filter.aid.includes(aid) ? filter.aid : [...filter.aid, aid] }))),
    countWith({ cosigner: 'yes' }),
    countWith({ daca: 'yes' }),
    countWith({ canada: 'domestic' }),
  ]);
  const byDegree = tally(degree, (r: { degree: string }) => r.degree.toLowerCase());
  const byOwnership = tally(ownership, (r: { ownership: string }) => r.ownership);
  const byIntl = tally(intl, (r: { acceptsInternational: string }) => r.acceptsInternational);
  const byFunds = tally(funds, (r: { escrowOrProofOfFunds: string }) => r.escrowOrProofOfFunds);
  const byCoursework = tally(coursework, (r: { usCourseworkRequired: string }) => r.usCourseworkRequired);
  const sumOf = (counts: Record<string, number>, accepted: string[] | null) =>
    Object.entries(counts).reduce((sum, [value, n]) => (accepted === null || accepted.includes(value) ? sum + n : sum), 0);
  return {
    degree: Object.fromEntries(DEGREE_VALUES.map((d) => [d, byDegree[d] ?? 0])),
    state: tally(state, (r: { state: string }) => r.state.toLowerCase()),
    ownership: Object.fromEntries(OWNERSHIP_VALUES.map((o) => [o, byOwnership[o] ?? 0])),
    intl: Object.fromEntries(INTL_VALUES.map((i) => [i, byIntl[i] ?? 0])),
    aid: Object.fromEntries(AID_VALUES.map((aid, i) => [aid, aidCounts[i]])),
    cosigner,
    funds: Object.fromEntries(FUNDS_VALUES.map((f) => [f, sumOf(byFunds, FUNDS_ACCEPTED[f])])),
    coursework: Object.fromEntries(COURSEWORK_VALUES.map((c) => [c, sumOf(byCoursework, COURSEWORK_ACCEPTED[c])])),
    daca,
    canada,
  };
}

export async function getSchoolBySlug(slug: string): Promise<SchoolRow | null> {
  const school = await db.school.findUnique({ where: { slug }, include: schoolWithSources });
  return school && school.status === 'published' ? school : null;
}

export async function countPublishedSchools() {
  const [total, byDegree, acceptingIntl, withNeedAid] = await Promise.all([
    db.school.count({ where: { status: 'published' } }),
    db.school.groupBy({ by: ['degree'], where: { status: 'published' }, _count: { _all: true } }),
    db.school.count({ where: { status: 'published', acceptsInternational: { in: ['yes', 'limited'] } } }),
    db.school.count({ where: { status: 'published', needBasedAidForInternationals: { in: ['yes', 'limited'] } } }),
  ]);
  return { total, byDegree: tally(byDegree, (r: { degree: string }) => r.degree), acceptingIntl, withNeedAid };
}

/** For an empty result: how many schools each relaxation would give, best first. */
export async function suggestRelaxations(filter: SchoolFilter) {
  const options = relaxations(filter);
  const counts = await Promise.all(options.map((o) => searchSchools(o.filter, { perPage: 0 }).then((r) => r.total)));
  return options
    .map((o, i) => ({ ...o, total: counts[i] }))
    .filter((o) => o.total > 0)
    .sort((a, b) => b.total - a.total);
}
