// ProgramFilter → results + facet counts. The one query path for /programs, its exports and the JSON API.
// The table is small (tens of rows) and sorting is done in code for a collation-independent order, so a
// search is: matching ids with name/slug, then one findMany for the requested page with its sources.
import 'server-only';
import { db } from '../db';
import { prepareQuery, rankDocument } from '../search/fuzzy';
import type { Prisma } from '../generated/sqlite/client';
import { COUNTRY_VALUES, FORMAT_VALUES, KIND_VALUES, PAGE_SIZE, type ProgramFacet, type ProgramFilter } from './filters';
import { compareByNameThenSlug, programWhere } from './where';
import { programRelaxations } from './chips';

export const programWithSources = { sources: { orderBy: { position: 'asc' as const } } } satisfies Prisma.ProgramInclude;
export type ProgramRow = Prisma.ProgramGetPayload<{ include: typeof programWithSources }>;

/** Ids of published programs matching `q` with their rank tier (lower is better), or null without a query. */
async function rankProgramsForQuery(q: string | null): Promise<Map<number, number> | null> {
  if (!q) return null;
  const query = prepareQuery(q);
  const docs = await db.program.findMany({ where: { status: 'published' }, select: { id: true, name: true, searchText: true } });
  const tiers = new Map<number, number>();
  for (const doc of docs) {
    const tier = rankDocument(query, { name: doc.name, aliases: '', searchText: doc.searchText });
    if (tier !== null) tiers.set(doc.id, tier);
  }
  return tiers;
}

export type ProgramSearch = { total: number; page: number; perPage: number; results: ProgramRow[] };

/** One page of results (perPage rows), or every match when perPage is null (exports). */
export async function searchPrograms(filter: ProgramFilter, options: { perPage?: number | null } = {}): Promise<ProgramSearch> {
  const perPage = options.perPage === undefined ? PAGE_SIZE : options.perPage;
  const tiers = await rankProgramsForQuery(filter.q);
  const matches = await db.program.findMany({
    where: programWhere(filter, tiers ? [...tiers.keys()] : null),
    select: { id: true, name: true, slug: true },
  });
  // With a query, better matches come first; within a tier (and without a query) name then slug.
  matches.sort((a, b) => (tiers ? (tiers.get(a.id) ?? 9) - (tiers.get(b.id) ?? 9) : 0) || compareByNameThenSlug(a, b));
  const skip = perPage === null ? 0 : (filter.page - 1) * perPage;
  const pageIds = (perPage === null ? matches : matches.slice(skip, skip + perPage)).map((m) => m.id);
  const rows = pageIds.length
    ? await db.program.findMany({ where: { id: { in: pageIds } }, include: programWithSources })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total: matches.length,
    page: filter.page,
    perPage: perPage ?? matches.length,
    results: pageIds.map((id) => byId.get(id)).filter((r): r is ProgramRow => !!r),
  };
}

export type ProgramFacetCounts = Record<ProgramFacet, Record<string, number>>;

function tally(rows: { _count: { _all: number } }[], key: (row: Record<string, string | null>) => string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const value = key(row as unknown as Record<string, string | null>);
    if (value !== null) out[value] = row._count._all;
  }
  return out;
}

/** How many programs each option would give: per facet, counted with that facet's own selection removed. */
export async function countProgramFacets(filter: ProgramFilter): Promise<ProgramFacetCounts> {
  const tiers = await rankProgramsForQuery(filter.q);
  const ids = tiers ? [...tiers.keys()] : null;
  const where = (omit: ProgramFacet) => programWhere(filter, ids, omit);
  const [country, region, kind, format] = await Promise.all([
    db.program.groupBy({ by: ['country'], where: where('country'), _count: { _all: true } }),
    db.program.groupBy({ by: ['region'], where: where('region'), _count: { _all: true } }),
    db.program.groupBy({ by: ['kind'], where: where('kind'), _count: { _all: true } }),
    db.program.groupBy({ by: ['format'], where: where('format'), _count: { _all: true } }),
  ]);
  const byCountry = tally(country, (r) => r.country!.toLowerCase());
  const byKind = tally(kind, (r) => r.kind);
  const byFormat = tally(format, (r) => r.format);
  return {
    country: Object.fromEntries(COUNTRY_VALUES.map((c) => [c, byCountry[c] ?? 0])),
    region: tally(region, (r) => (r.region ? r.region.toLowerCase() : null)),
    kind: Object.fromEntries(KIND_VALUES.map((k) => [k, byKind[k] ?? 0])),
    format: Object.fromEntries(FORMAT_VALUES.map((f) => [f, byFormat[f] ?? 0])),
  };
}

export async function getProgramBySlug(slug: string): Promise<ProgramRow | null> {
  const program = await db.program.findUnique({ where: { slug }, include: programWithSources });
  return program && program.status === 'published' ? program : null;
}

/** For an empty result: how many programs dropping each active parameter would give, best first. */
export async function suggestProgramRelaxations(filter: ProgramFilter) {
  const options = programRelaxations(filter);
  const totals = await Promise.all(options.map((o) => searchPrograms(o.filter, { perPage: 0 }).then((r) => r.total)));
  return options
    .map((o, i) => ({ ...o, total: totals[i] }))
    .filter((o) => o.total > 0)
    .sort((a, b) => b.total - a.total);
}
