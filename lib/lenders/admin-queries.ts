// What the dashboard reads about lenders (drafts included).
import 'server-only';
import { db } from '../db';

const withSources = { sources: { orderBy: { position: 'asc' as const } } };

export async function listLendersForAdmin() {
  return db.lender.findMany({ orderBy: [{ name: 'asc' }], select: { id: true, slug: true, name: true, status: true, updatedAt: true, lastVerifiedAt: true } });
}

export async function getLenderForEdit(id: number) {
  return db.lender.findUnique({ where: { id }, include: withSources });
}
