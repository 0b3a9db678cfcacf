// What the dashboard reads about guide articles (drafts included).
import 'server-only';
import { z } from 'zod';
import { adminListFields, parseListParams } from '../admin/load-list';
import { db } from '../db';

export const adminArticleListSchema = z.object({
  q: adminListFields.q,
  status: adminListFields.status,
});

export function parseAdminArticleList(params: Record<string, string | string[] | undefined>) {
  return parseListParams(adminArticleListSchema, params);
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
