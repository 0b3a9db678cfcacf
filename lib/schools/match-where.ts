// Evaluates the small subset of Prisma's where syntax that schoolWhere() produces (AND, equals, in, not null,
// lte) against a row in memory. Used when a text search matches too many schools to send their ids back to
// the database as an IN list: the rules stay in where.ts, only their evaluation moves here.
import type { Prisma } from '../generated/sqlite/client';

type Row = Record<string, unknown>;
type Condition = { in?: unknown[]; not?: unknown; lte?: number; equals?: unknown };

function matchesField(value: unknown, condition: unknown): boolean {
  if (condition === null || typeof condition !== 'object' || condition instanceof Date) return value === condition;
  const c = condition as Condition;
  if (c.in && !c.in.includes(value)) return false;
  if ('equals' in c && value !== c.equals) return false;
  if ('not' in c && value === c.not) return false;
  if (c.lte !== undefined && !(typeof value === 'number' && value <= c.lte)) return false;
  return true;
}

export function matchesWhere(row: Row, where: Prisma.SchoolWhereInput): boolean {
  for (const [key, condition] of Object.entries(where)) {
    if (condition === undefined) continue;
    if (key === 'AND') {
      const all = Array.isArray(condition) ? condition : [condition];
      if (!all.every((w) => matchesWhere(row, w as Prisma.SchoolWhereInput))) return false;
    } else if (key === 'OR' || key === 'NOT') {
      throw new Error(`matchesWhere does not support ${key}`);
    } else if (!matchesField(row[key], condition)) {
      return false;
    }
  }
  return true;
}
