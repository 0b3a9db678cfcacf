// ProgramFilter → Prisma where, and the same rules as a plain predicate (for the related-guides check).
// Pure (no database access). Matching: only published programs; OR within a parameter, AND across.
import type { Prisma } from '../generated/sqlite/client';
import type { ProgramFacet, ProgramFilter } from './filters';

/** Where clause for a filter; `ids` restricts to the programs a text search matched; `omit` drops one facet. */
export function programWhere(filter: ProgramFilter, ids: number[] | null, omit?: ProgramFacet): Prisma.ProgramWhereInput {
  const and: Prisma.ProgramWhereInput[] = [{ status: 'published' }];
  if (ids) and.push({ id: { in: ids } });
  if (omit !== 'country' && filter.country.length) and.push({ country: { in: filter.country.map((c) => c.toUpperCase()) } });
  if (omit !== 'region' && filter.region.length) and.push({ region: { in: filter.region.map((r) => r.toUpperCase()) } });
  if (omit !== 'kind' && filter.kind.length) and.push({ kind: { in: filter.kind } });
  if (omit !== 'format' && filter.format.length) and.push({ format: { in: filter.format } });
  return { AND: and };
}

type Facts = { country: string; region: string | null; kind: string; format: string };

/** Whether a program's stored values satisfy the filter's facets (the text search is checked separately). */
export function programMatchesFacets(program: Facts, filter: ProgramFilter): boolean {
  if (filter.country.length && !filter.country.includes(program.country.toLowerCase() as never)) return false;
  if (filter.region.length && !(program.region && filter.region.includes(program.region.toLowerCase()))) return false;
  if (filter.kind.length && !filter.kind.includes(program.kind as never)) return false;
  if (filter.format.length && !filter.format.includes(program.format as never)) return false;
  return true;
}

/**
 * Code-point order of names, then slugs. Sorting happens here rather than in SQL because PostgreSQL's
 * collation (locale-aware, case-insensitive) and SQLite's (binary) disagree; this order is the same on both.
 */
export function compareByNameThenSlug(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return compareCodePoints(a.name, b.name) || compareCodePoints(a.slug, b.slug);
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
