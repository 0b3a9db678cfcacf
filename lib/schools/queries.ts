// SchoolFilter → results + facet counts. The one query path for the directory page, the JSON API, the
// exports, the feeds and the preview image. No N+1: a page is one findMany (with sources when asked) plus a
// fixed number of grouped counts.
import 'server-only';
import { cache } from 'react';
import { db, dbProvider } from '../db';
import { compileWhere } from './match-where';
import { findSearchCandidates, type SearchCandidate } from '../search/school-candidates';
import { prepareQuery, rankDocument } from '../search/fuzzy';
import { nearMissSql } from './near-miss-sql';
import { PAGE_SIZE, parseSchoolFilter, serializeSchoolFilter, type SchoolFilter, DEGREE_VALUES, OWNERSHIP_VALUES, INTL_VALUES, AID_VALUES, FUNDS_VALUES, COURSEWORK_VALUES } from './filters';
import { schoolOrderBy, schoolWhere, policyColumn, SCHOOL_ORDER_SQL, FUNDS_ACCEPTED, COURSEWORK_ACCEPTED, type FacetName } from './where';
import type { Prisma } from '../generated/sqlite/client';
import { relaxations } from './chips';

export const schoolWithSources = { sources: { orderBy: { position: 'asc' as const } } } satisfies Prisma.SchoolInclude;
export type SchoolRow = Prisma.SchoolGetPayload<{ include: typeof schoolWithSources }>;

/**
 * Published schools matching the filter's text with their rank tier (lower is better), or null without text.
 * The search index gives a bounded candidate set, narrowed in SQL to the schools that fail at most one of the
 * filter's facets (nothing else can be a result or count: near-miss-sql.ts); fuzzy.ts ranks it. Cached per
 * request (React cache) by the text and the canonical filter without sort and page, since the page, its
 * metadata and the facet counts all ask for the same.
 */
function rankSchoolsForFilter(filter: SchoolFilter): Promise<Ranking | null> {
  return filter.q ? rankSchools(filter.q, serializeSchoolFilter({ ...filter, q: null, sort: 'name', page: 1 })) : Promise.resolve(null);
}

const rankSchools = cache(async (q: string, facetQuery: string): Promise<Ranking> => {
  const query = prepareQuery(q);
  const { filter } = parseSchoolFilter(new URLSearchParams(facetQuery));
  const candidates = await findSearchCandidates(query.tokens, (alias, param) => nearMissSql(filter, alias, param));
  const tiers = new Map<number, number>();
  const matches: SearchCandidate[] = [];
  for (const doc of candidates) {
    const tier = rankDocument(query, doc);
    if (tier === null) continue;
    tiers.set(doc.id, tier);
    matches.push(doc);
  }
  return { tiers, matches };
});
type Ranking = { tiers: Map<number, number>; matches: SearchCandidate[] };

export type SchoolSearch = { total: number; page: number; perPage: number; results: SchoolRow[] };

/** One page of results (perPage rows), or every match when perPage is null (exports, feeds). */
export async function searchSchools(
  filter: SchoolFilter,
  options: { perPage?: number | null } = {},
): Promise<SchoolSearch> {
  const perPage = options.perPage === undefined ? PAGE_SIZE : options.perPage;
  const skip = perPage === null ? 0 : (filter.page - 1) * perPage;
  const ranking = await rankSchoolsForFilter(filter);
  if (!ranking) {
    const where = schoolWhere(filter, null);
    const [total, results] = await Promise.all([
      db.school.count({ where }),
      db.school.findMany({ where, orderBy: schoolOrderBy(filter.sort), include: schoolWithSources, skip, take: perPage ?? undefined }),
    ]);
    return { total, page: filter.page, perPage: perPage ?? total, results };
  }
  const ids = await orderRankedMatches(filter, ranking);
  const pageIds = perPage === null ? ids : ids.slice(skip, skip + perPage);
  const rows = (await Promise.all(chunk(pageIds, MAX_BOUND_IDS).map(listSchoolsByIds))).flat();
  return { total: ids.length, page: filter.page, perPage: perPage ?? ids.length, results: rows };
}

/**
 * The ids of a text search's matches that pass the filter, better matches first and the chosen sort within a
 * tier. The search already read every match's facet columns, so the filter is applied to them here; the
 * survivors go back to the database only to be sorted, as one JSON array parameter (an IN list would hit the
 * databases' caps on bound parameters).
 */
async function orderRankedMatches(filter: SchoolFilter, { tiers, matches }: Ranking): Promise<number[]> {
  const matchesFilter = compileWhere(schoolWhere(filter, null));
  const survivors = matches.filter(matchesFilter).map((doc) => doc.id);
  if (survivors.length === 0) return [];
  const ordered = await sortSchoolIds(survivors, filter.sort);
  return ordered
    .map((id, index) => ({ id, tier: tiers.get(id)!, index }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((row) => row.id);
}

/** The given schools' ids in a listing order, sorted by the database (so collation matches the lists). */
export async function sortSchoolIds(ids: number[], sort: SchoolFilter['sort']): Promise<number[]> {
  const idsOf = dbProvider === 'postgres'
    ? 'SELECT (value)::int FROM jsonb_array_elements_text($1::jsonb)'
    : 'SELECT value FROM json_each(?)';
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT id FROM "School" WHERE id IN (${idsOf}) ORDER BY ${SCHOOL_ORDER_SQL[sort]}`,
    JSON.stringify(ids),
  );
  return rows.map((row) => Number(row.id));
}

/** Most ids bound into one query: Prisma's client caps bound values at 999 on SQLite, 32,766 on PostgreSQL. */
const MAX_BOUND_IDS = dbProvider === 'sqlite' ? 900 : 30_000;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every matching school's id in result order (exports stream rows from this list in batches). */
export async function listMatchingSchoolIds(filter: SchoolFilter): Promise<number[]> {
  const ranking = await rankSchoolsForFilter(filter);
  if (ranking) return orderRankedMatches(filter, ranking);
  const ordered = await db.school.findMany({ where: schoolWhere(filter, null), orderBy: schoolOrderBy(filter.sort), select: { id: true } });
  return ordered.map((row) => row.id);
}

/** Schools with their sources, in the order of `ids` (at most MAX_BOUND_IDS). */
export async function listSchoolsByIds(ids: number[]): Promise<SchoolRow[]> {
  const rows = await db.school.findMany({ where: { id: { in: ids } }, include: schoolWithSources });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is SchoolRow => !!r);
}

/** Most sources any of the schools has, and their as-of values' range: what an export's layout needs first. */
export async function summarizeSchools(ids: number[]): Promise<{ maxSources: number; asOfMin: string | null; asOfMax: string | null }> {
  // Two grouped reads over the whole table beat per-chunk counts (2.4 s → well under 1 s at 50,000 schools).
  const wanted = new Set(ids);
  const [sourceCounts, asOfs] = await Promise.all([
    db.source.groupBy({ by: ['schoolId'], where: { schoolId: { not: null } }, _count: { _all: true } }),
    db.school.findMany({ where: { status: 'published' }, select: { id: true, asOf: true } }),
  ]);
  let maxSources = 0;
  for (const row of sourceCounts) if (row.schoolId !== null && wanted.has(row.schoolId)) maxSources = Math.max(maxSources, row._count._all);
  let asOfMin: string | null = null;
  let asOfMax: string | null = null;
  for (const row of asOfs) {
    if (!wanted.has(row.id)) continue;
    if (asOfMin === null || row.asOf < asOfMin) asOfMin = row.asOf;
    if (asOfMax === null || row.asOf > asOfMax) asOfMax = row.asOf;
  }
  return { maxSources, asOfMin, asOfMax };
}

/** Rows per export batch: small enough that memory stays flat, large enough that queries stay few. */
export const SCHOOL_BATCH_SIZE = 500;

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
  /** Schools left when only facts from the schools' own (or official) pages count. */
  source: number;
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
  const ranking = await rankSchoolsForFilter(filter);
  // A text search already read its matches' facet columns: they are counted in memory with the same where
  // clauses, instead of sending the ids back to the database a dozen times.
  return countFacetsWith(filter, ranking ? memoryCounter(ranking.matches) : databaseCounter());
}

/** A column to group by: degree, state, ownership, or a policy column (or its confirmed twin: where.ts policyColumn). */
type GroupColumn = string;

/** Counts rows by a column's value, or in total, for a filter's where clause. */
type Counter = {
  groupBy: (column: GroupColumn, filter: SchoolFilter, omit: FacetName) => Promise<Record<string, number>>;
  count: (filter: SchoolFilter) => Promise<number>;
};

function databaseCounter(): Counter {
  return {
    groupBy: async (column, filter, omit) => {
      const rows = await db.school.groupBy({
        by: [column as Prisma.SchoolScalarFieldEnum],
        where: schoolWhere(filter, null, omit),
        _count: { _all: true },
      });
      return Object.fromEntries(rows.map((row) => [(row as Record<string, unknown>)[column] as string, row._count._all]));
    },
    count: (filter) => db.school.count({ where: schoolWhere(filter, null) }),
  };
}

/**
 * Counts over a text search's matches in memory, with the same where clauses the database would apply. The
 * matches are already narrowed to the schools that can be counted (near-miss-sql.ts).
 */
function memoryCounter(rows: Record<string, unknown>[]): Counter {
  return {
    groupBy: async (column, f, omit) => {
      const test = compileWhere(schoolWhere(f, null, omit));
      const out: Record<string, number> = {};
      for (const row of rows) if (test(row)) out[row[column] as string] = (out[row[column] as string] ?? 0) + 1;
      return out;
    },
    count: async (f) => {
      const test = compileWhere(schoolWhere(f, null));
      return rows.reduce((n, row) => (test(row) ? n + 1 : n), 0);
    },
  };
}

async function countFacetsWith(filter: SchoolFilter, counter: Counter): Promise<FacetCounts> {
  const countWith = (patch: Partial<SchoolFilter>) => counter.count({ ...filter, ...patch });
  const [byDegree, byState, byOwnership, byIntl, byFunds, byCoursework, aidCounts, cosigner, daca, canada, source] = await Promise.all([
    counter.groupBy('degree', filter, 'degree'),
    counter.groupBy('state', filter, 'state'),
    counter.groupBy('ownership', filter, 'ownership'),
    counter.groupBy(policyColumn(filter, 'acceptsInternational'), filter, 'intl'),
    counter.groupBy(policyColumn(filter, 'escrowOrProofOfFunds'), filter, 'funds'),
    counter.groupBy(policyColumn(filter, 'usCourseworkRequired'), filter, 'coursework'),
    Promise.all(AID_VALUES.map((aid) => countWith({ aid: filter.aid.includes(aid) ? filter.aid : [...filter.aid, aid] }))),
    countWith({ cosigner: 'yes' }),
    countWith({ daca: 'yes' }),
    countWith({ canada: 'domestic' }),
    countWith({ source: 'school' }),
  ]);
  const lower = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).map(([k, n]) => [k.toLowerCase(), n]));
  const degrees = lower(byDegree);
  const sumOf = (counts: Record<string, number>, accepted: string[] | null) =>
    Object.entries(counts).reduce((sum, [value, n]) => (accepted === null || accepted.includes(value) ? sum + n : sum), 0);
  return {
    degree: Object.fromEntries(DEGREE_VALUES.map((d) => [d, degrees[d] ?? 0])),
    state: lower(byState),
    ownership: Object.fromEntries(OWNERSHIP_VALUES.map((o) => [o, byOwnership[o] ?? 0])),
    intl: Object.fromEntries(INTL_VALUES.map((i) => [i, byIntl[i] ?? 0])),
    aid: Object.fromEntries(AID_VALUES.map((aid, i) => [aid, aidCounts[i]])),
    cosigner,
    funds: Object.fromEntries(FUNDS_VALUES.map((f) => [f, sumOf(byFunds, FUNDS_ACCEPTED[f])])),
    coursework: Object.fromEntries(COURSEWORK_VALUES.map((c) => [c, sumOf(byCoursework, COURSEWORK_ACCEPTED[c])])),
    daca,
    canada,
    source,
  };
}

export async function getSchoolBySlug(slug: string): Promise<SchoolRow | null> {
  const school = await db.school.findUnique({ where: { slug }, include: schoolWithSources });
  return school && school.status === 'published' ? school : null;
}

export async function countPublishedSchools() {
  const published = { status: 'published' };
  const [total, byDegree, byIntl, withNeedAid] = await Promise.all([
    db.school.count({ where: published }),
    db.school.groupBy({ by: ['degree'], where: published, _count: { _all: true } }),
    db.school.groupBy({ by: ['acceptsInternational'], where: published, _count: { _all: true } }),
    db.school.count({ where: { ...published, acceptsInternational: { in: ['yes', 'limited'] }, needBasedAidForInternationals: { in: ['yes', 'limited'] } } }),
  ]);
  const intl = tally(byIntl, (r: { acceptsInternational: string }) => r.acceptsInternational);
  const fully = intl.yes ?? 0;
  const limited = intl.limited ?? 0;
  return {
    total,
    byDegree: tally(byDegree, (r: { degree: string }) => r.degree),
    acceptingIntl: fully + limited,
    acceptingFully: fully,
    acceptingLimited: limited,
    sayNo: intl.no ?? 0,
    withNeedAid,
  };
}

/** For an empty result: how many schools each relaxation would give, best first. */
export async function suggestRelaxations(filter: SchoolFilter) {
  const options = relaxations(filter);
  // Each relaxation drops one facet, so with a text search its matches are among those the search already
  // read (near-miss-sql.ts): counted in memory instead of one more search per relaxation.
  const ranking = await rankSchoolsForFilter(filter);
  const counts = await Promise.all(
    options.map((o) =>
      // Dropping `source` changes the columns every facet reads: not a one-facet step, so it is searched.
      ranking && o.filter.q === filter.q && o.filter.source === filter.source
        ? ranking.matches.filter(compileWhere(schoolWhere(o.filter, null))).length
        : searchSchools(o.filter, { perPage: 0 }).then((r) => r.total),
    ),
  );
  return options
    .map((o, i) => ({ ...o, total: counts[i] }))
    .filter((o) => o.total > 0)
    .sort((a, b) => b.total - a.total);
}
