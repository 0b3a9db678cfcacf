// Lenders: the /lenders list with its two filters, one lender, and lenders relevant to a school.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/sqlite/client';

export type LenderFilter = { noCosigner: boolean; coversMed: boolean };

export function parseLenderFilter(raw: Record<string, string | string[] | undefined> | URLSearchParams): LenderFilter {
  const get = (name: string) => {
    const value = raw instanceof URLSearchParams ? raw.get(name) : raw[name];
    return (Array.isArray(value) ? value[0] : value)?.trim().toLowerCase();
  };
  return { noCosigner: get('cosigner') === 'no', coversMed: get('medical') === 'yes' };
}

const withSources = { sources: { orderBy: { position: 'asc' as const } } } satisfies Prisma.LenderInclude;
export type LenderRow = Prisma.LenderGetPayload<{ include: typeof withSources }>;

export async function listLenders(filter: LenderFilter = { noCosigner: false, coversMed: false }): Promise<LenderRow[]> {
  const where: Prisma.LenderWhereInput = { status: 'published' };
  if (filter.noCosigner) where.requiresUsCosigner = 'no';
  if (filter.coversMed) where.coversMedicalSchool = 'yes';
  return db.lender.findMany({ where, include: withSources, orderBy: [{ name: 'asc' }, { slug: 'asc' }] });
}

export async function getLenderBySlug(slug: string): Promise<LenderRow | null> {
  const lender = await db.lender.findUnique({ where: { slug }, include: withSources });
  return lender && lender.status === 'published' ? lender : null;
}

/** Lenders that may fund study at a US school: any published lender that does not exclude medical school. */
export async function listLendersForSchools(): Promise<LenderRow[]> {
  return db.lender.findMany({
    where: { status: 'published', coversMedicalSchool: { not: 'no' } },
    include: withSources,
    orderBy: [{ name: 'asc' }],
  });
}
