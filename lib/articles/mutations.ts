// Every write to a guide article: row + sources + audit entry in one transaction, optimistic concurrency on the
// version the editor loaded (like lib/lenders/mutations.ts).
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { changedFields, sameValue } from '../audit/diff';
import type { ArticleFormInput } from '../validation/article-form';
import type { Conflict, SchoolWriteResult as WriteResult } from '../schools/mutations';
import { ARTICLE_SNAPSHOT_KEYS } from './form-fields';

type Snapshot = Record<string, unknown>;
const withSources = { sources: { orderBy: { position: 'asc' as const } } };
type Row = { title: string; slug: string; summary: string; category: string; tags: string; lastReviewedAt: Date; body: string; status: string; publishedAt: Date | null; sources: { url: string; title: string | null }[] };

function fromRow(row: Row): Snapshot {
  return {
    title: row.title, slug: row.slug, status: row.status, category: row.category, summary: row.summary, tags: row.tags,
    lastReviewed: row.lastReviewedAt.toISOString().slice(0, 10), sources: row.sources.map((s) => `${s.title ?? s.url} | ${s.url}`), body: row.body,
  };
}

function fromInput(input: ArticleFormInput): Snapshot {
  return {
    title: input.title, slug: input.slug, status: input.status, category: input.category, summary: input.summary, tags: input.tags.join(','),
    lastReviewed: input.lastReviewed, sources: input.sources.map((s) => `${s.name} | ${s.url}`), body: input.body,
  };
}

function rowData(input: ArticleFormInput, existing: Pick<Row, 'publishedAt'> | null, now: Date) {
  return {
    title: input.title, slug: input.slug, summary: input.summary, category: input.category, tags: input.tags.join(','), body: input.body,
    lastReviewedAt: new Date(`${input.lastReviewed}T00:00:00Z`), status: input.status,
    // First publication date: set once, when the article is first published.
    publishedAt: existing?.publishedAt ?? (input.status === 'published' ? now : null),
  };
}

const sourceRows = (input: ArticleFormInput) => input.sources.map((s, position) => ({ url: s.url, title: s.name, position }));

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

async function slugTaken(slug: string, exceptId?: number) {
  const other = await db.article.findUnique({ where: { slug }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

export async function createArticle(actor: Actor | null, input: ArticleFormInput, now = new Date()): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug)) return { ok: false, kind: 'slug_taken' };
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.create({ data: { ...rowData(input, null, now), sources: { create: sourceRows(input) } } });
      await recordAudit(tx, actor, { action: 'article.create', entityType: 'article', entityId: article.id, entitySlug: article.slug, after: fromInput(input) });
      return { ok: true as const, id: article.id, slug: article.slug, version: article.version, changed: ARTICLE_SNAPSHOT_KEYS };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'slug_taken' };
    throw error;
  }
}

async function describeArticleConflict(id: number, input: ArticleFormInput): Promise<Conflict | null> {
  const current = await db.article.findUnique({ where: { id }, include: withSources });
  if (!current) return null;
  const last = await db.auditLog.findFirst({ where: { entityType: 'article', entityId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const saved = fromRow(current);
  const yours = fromInput(input);
  const differences = ARTICLE_SNAPSHOT_KEYS.filter((k) => !sameValue(yours[k], saved[k])).map((field) => ({ field, yours: yours[field], current: saved[field] }));
  return { currentVersion: current.version, changedBy: last?.actorEmail ?? null, changedAt: last?.createdAt ?? current.updatedAt, differences };
}

export async function updateArticle(actor: Actor | null, id: number, expectedVersion: number, input: ArticleFormInput, now = new Date()): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug, id)) return { ok: false, kind: 'slug_taken' };
  const outcome = await db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { id }, include: withSources });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const { count } = await tx.article.updateMany({ where: { id, version: expectedVersion }, data: { ...rowData(input, existing, now), version: { increment: 1 } } });
    if (count === 0) return 'stale' as const;
    const diff = changedFields(fromRow(existing), fromInput(input));
    if (diff.fields.includes('sources')) {
      await tx.source.deleteMany({ where: { articleId: id } });
      await tx.source.createMany({ data: sourceRows(input).map((s) => ({ ...s, articleId: id })) });
    }
    await recordAudit(tx, actor, { action: 'article.update', entityType: 'article', entityId: id, entitySlug: input.slug, before: diff.before, after: diff.after });
    return { ok: true as const, id, slug: input.slug, version: expectedVersion + 1, changed: diff.fields };
  });
  if (outcome !== 'stale') return outcome;
  const conflict = await describeArticleConflict(id, input);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

export async function deleteArticle(actor: Actor | null, id: number): Promise<WriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { id }, include: withSources });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    await tx.article.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'article.delete', entityType: 'article', entityId: id, entitySlug: existing.slug, before: fromRow(existing) });
    return { ok: true as const, id, slug: existing.slug, version: existing.version, changed: [] };
  });
}
