// The SQL twin of match-where.ts for one question: "does this school fail at most one of the filter's facets?".
// A text search only ever needs such schools: the results pass every facet, each facet count leaves out (or
// adds to) a single facet, and each suggested relaxation drops a single one. Asking the database for only these keeps a broad
// search from reading thousands of matches that no count or result can use. The rules stay in where.ts
// (facetConditions); only their translation to SQL lives here, for the same small subset of Prisma's where
// syntax that match-where.ts evaluates in memory (equals, in, not, lte, AND).
import type { Prisma } from '../generated/sqlite/client';
import { facetConditions } from './where';
import type { SchoolFilter } from './filters';

/** Adds a bound value and returns its placeholder ("?" on SQLite, "$n" on PostgreSQL). */
export type BindParam = (value: unknown) => string;

const COLUMN = /^[A-Za-z]+$/;

function fieldSql(alias: string, key: string, condition: unknown, param: BindParam): string {
  if (!COLUMN.test(key)) throw new Error(`not a column: ${key}`);
  const column = `${alias}"${key}"`;
  if (condition === null) return `${column} IS NULL`;
  if (typeof condition !== 'object') return `${column} = ${param(condition)}`;
  const c = condition as { in?: unknown[]; not?: unknown; lte?: number; equals?: unknown };
  const parts: string[] = [];
  if (c.in) parts.push(c.in.length ? `${column} IN (${c.in.map(param).join(', ')})` : 'FALSE');
  if ('equals' in c) parts.push(`${column} = ${param(c.equals)}`);
  if ('not' in c) parts.push(c.not === null ? `${column} IS NOT NULL` : `(${column} IS NULL OR ${column} <> ${param(c.not)})`);
  if (c.lte !== undefined) parts.push(`${column} <= ${param(c.lte)}`);
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

/** A where clause of the supported subset as SQL over the table alias (e.g. 's.'). */
export function whereSql(where: Prisma.SchoolWhereInput, alias: string, param: BindParam): string {
  const parts: string[] = [];
  for (const [key, condition] of Object.entries(where)) {
    if (condition === undefined) continue;
    if (key === 'AND') parts.push(...[condition].flat().map((w) => whereSql(w as Prisma.SchoolWhereInput, alias, param)));
    else if (key === 'OR' || key === 'NOT') throw new Error(`whereSql does not support ${key}`);
    else parts.push(fieldSql(alias, key, condition, param));
  }
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

/**
 * SQL that is true for schools failing at most one of the filter's facets (the tuition cap counts as one):
 * every result, every facet count and every one-step relaxation of the filter (chips.ts) is among them.
 */
export function nearMissSql(filter: SchoolFilter, alias: string, param: BindParam): string {
  const byFacet = new Map<string | null, Prisma.SchoolWhereInput[]>();
  for (const { facet, where } of facetConditions(filter)) byFacet.set(facet, [...(byFacet.get(facet) ?? []), where]);
  // Placeholders are numbered as they are made, so only SQL that is used may be written.
  if (byFacet.size < 2) return 'TRUE';
  const misses = [...byFacet.values()].map((wheres) => `(CASE WHEN ${whereSql({ AND: wheres }, alias, param)} THEN 0 ELSE 1 END)`);
  return `${misses.join(' + ')} <= 1`;
}
