// Compiles the small subset of Prisma's where syntax that schoolWhere() produces (AND, equals, in, not, lte)
// into a predicate over rows in memory. Used when a text search matches too many schools to send their ids
// back to the database as an IN list: the rules stay in where.ts, only their evaluation moves here.
import type { Prisma } from '../generated/sqlite/client';

type Row = Record<string, unknown>;
type Predicate = (row: Row) => boolean;
type Condition = { in?: unknown[]; not?: unknown; lte?: number; equals?: unknown };

function fieldPredicate(key: string, condition: unknown): Predicate {
  if (condition === null || typeof condition !== 'object' || condition instanceof Date) return (row) => row[key] === condition;
  const c = condition as Condition;
  const tests: Predicate[] = [];
  if (c.in) {
    const allowed = new Set(c.in);
    tests.push((row) => allowed.has(row[key]));
  }
  if ('equals' in c) tests.push((row) => row[key] === c.equals);
  if ('not' in c) tests.push((row) => row[key] !== c.not);
  if (c.lte !== undefined) tests.push((row) => typeof row[key] === 'number' && (row[key] as number) <= c.lte!);
  return (row) => tests.every((test) => test(row));
}

export function compileWhere(where: Prisma.SchoolWhereInput): Predicate {
  const tests: Predicate[] = [];
  for (const [key, condition] of Object.entries(where)) {
    if (condition === undefined) continue;
    if (key === 'AND') {
      const parts = [condition].flat().map((w) => compileWhere(w as Prisma.SchoolWhereInput));
      tests.push((row) => parts.every((part) => part(row)));
    } else if (key === 'OR' || key === 'NOT') {
      throw new Error(`compileWhere does not support ${key}`);
    } else {
      tests.push(fieldPredicate(key, condition));
    }
  }
  return (row) => tests.every((test) => test(row));
}
