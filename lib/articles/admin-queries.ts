// What the dashboard reads about guide articles (drafts included).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';

export const adminArticleListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['draft', 'published']).optional().catch(undefined),
});

export function parseAdminArticleList(params: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return adminArticleListSchema.parse(flat);
}

export async function listArticlesForAdmin(list: z.infer<typeof adminArticleListSchema>) {
  return db.article.findMany({
    where: {
      ...(list.status ? { status: list.status } : {}),
      ...(list.q ? { OR: [{ slug: { contains: list.q.toLowerCase() } }, { title: { contains: list.q } }] } : {}),
    },
    orderBy: [{ title: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, title: true, category: true, status: true, lastReviewedAt: true, updatedAt: true },
  });
}

export async function getArticleForEdit(id: number) {
  return db.article.findUnique({ where: { id }, include: { sources: { orderBy: { position: 'asc' } } } });
}
