// Live counts of the other published content, for the home page.
import 'server-only';
import { db } from './db';

export async function countPublished() {
  const [lenders, programs, articles] = await Promise.all([
    db.lender.count({ where: { status: 'published' } }),
    db.program.count({ where: { status: 'published' } }),
    db.article.count({ where: { status: 'published' } }),
  ]);
  return { lenders, programs, articles };
}
