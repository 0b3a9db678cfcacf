// Loads the researched dataset (prisma/seed-data) into a database: every row validated with the same Zod
// schemas the admin and the import use, upserted by slug. Running it twice changes nothing the second time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db-client';
import { parseCsv } from '../csv/parse';
import { readCsvRecords } from './csv-file';
import { seedEvidence } from './evidence';
import { editorOwnedSchoolIds } from './ownership';
import { syncConfirmedAndOwnership } from './confirmed';
import { schoolRowSchema, type SchoolRecord } from '../validation/school';
import { lenderRowSchema } from '../validation/lender';
import { programRowSchema } from '../validation/program';
import { formatIssues } from '../validation/format-issues';
import { parseArticleFile } from '../articles/article-file';
import type { ArticleInput } from '../validation/article';
import { lenderFields, programFields, schoolFields } from '../factories/listings';
import { articleFields, eventFields } from '../factories/content';
import { sourceRows, type SourceInput } from '../factories/sources';
import { parseSourceTitles } from './sources-titles';
import { emptyEntityReport, type EntityReport, type SeedReport } from './report';
import { intlCountRowSchema } from '../validation/intl-count';
import { eventRowSchema } from '../validation/event';

export const SEED_DATA_DIR = path.join(process.cwd(), 'prisma', 'seed-data');
// The row builders live with the test factories (one way to build a row); the admin and the import use them too.
export { lenderFields, programFields, schoolFields };

function sourcesFor(urls: string[], titles: Map<string, string>): SourceInput[] {
  return urls.map((url) => ({ url, title: titles.get(url) ?? null }));
}

function sameSources(a: { url: string; title: string | null }[], b: SourceInput[]): boolean {
  return a.length === b.length && a.every((s, i) => s.url === b[i].url && (s.title ?? null) === b[i].title);
}

function sameFields(existing: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).every((key) => {
    const a = existing[key];
    const b = next[key];
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    return (a ?? null) === (b ?? null);
  });
}

type Listing = 'school' | 'lender' | 'program';

/** Create or update one listing and its sources; reports what happened. */
async function upsertListing(
  db: Db,
  kind: Listing,
  slug: string,
  fields: Record<string, unknown>,
  sources: SourceInput[],
  report: EntityReport,
) {
  const delegate = db[kind] as unknown as {
    findUnique(args: unknown): Promise<(Record<string, unknown> & { id: number; sources: SourceInput[] }) | null>;
  };
  const existing = await delegate.findUnique({
    where: { slug },
    include: { sources: { orderBy: { position: 'asc' } } },
  });
  const rows = sourceRows(sources);
  if (!existing) {
    await (db[kind] as unknown as { create(args: unknown): Promise<unknown> }).create({
      data: { slug, ...fields, sources: { create: rows } },
    });
    report.created++;
    return;
  }
  if (sameFields(existing, fields) && sameSources(existing.sources, sources)) {
    report.unchanged++;
    return;
  }
  const foreignKey = `${kind}Id`;
  await db.$transaction(async (tx) => {
    await tx.source.deleteMany({ where: { [foreignKey]: existing.id } });
    await (tx[kind] as unknown as { update(args: unknown): Promise<unknown> }).update({
      where: { id: existing.id },
      data: { ...fields, version: { increment: 1 }, sources: { create: rows } },
    });
  });
  report.updated++;
}

function readAliases(dir: string): Map<string, string> {
  const file = path.join(dir, 'school-aliases.csv');
  const aliases = new Map<string, string>();
  if (!existsSync(file)) return aliases;
  for (const record of parseCsv(readFileSync(file, 'utf8')).records) {
    aliases.set(record.values.slug, record.values.aliases ?? '');
  }
  return aliases;
}

async function seedListings<T extends { slug: string; sourceUrls: string[] }>(
  db: Db,
  kind: Listing,
  file: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  toFields: (record: T) => Record<string, unknown>,
  titles: Map<string, string>,
  keep: Set<string> = new Set(),
): Promise<EntityReport> {
  const report = emptyEntityReport();
  if (!existsSync(file)) return report;
  const seen = new Set<string>();
  for (const { line, values } of readCsvRecords(file, report)) {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      report.rejected.push({ line, slug: values.slug, reason: formatIssues(parsed.error) });
      continue;
    }
    if (seen.has(parsed.data.slug)) {
      report.rejected.push({ line, slug: parsed.data.slug, reason: 'duplicate slug in the file' });
      continue;
    }
    seen.add(parsed.data.slug);
    if (keep.has(parsed.data.slug)) {
      report.kept = (report.kept ?? 0) + 1;
      continue;
    }
    await upsertListing(db, kind, parsed.data.slug, toFields(parsed.data), sourcesFor(parsed.data.sourceUrls, titles), report);
  }
  return report;
}

async function seedIntlCounts(db: Db, file: string): Promise<EntityReport> {
  const report = emptyEntityReport();
  if (!existsSync(file)) return report;
  const schools = new Map((await db.school.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  for (const { line, values } of readCsvRecords(file, report)) {
    const parsed = intlCountRowSchema.safeParse(values);
    if (!parsed.success) {
      report.rejected.push({ line, slug: values.scope, reason: formatIssues(parsed.error) });
      continue;
    }
    const data = { ...parsed.data, schoolId: schools.get(parsed.data.scope) ?? null };
    const existing = await db.intlCount.findUnique({ where: { scope_cycle: { scope: data.scope, cycle: data.cycle } } });
    if (!existing) {
      await db.intlCount.create({ data });
      report.created++;
    } else if (sameFields(existing, data)) report.unchanged++;
    else {
      await db.intlCount.update({ where: { id: existing.id }, data });
      report.updated++;
    }
  }
  return report;
}

/** events.csv: validated rows upserted by slug (an editor's draft status is kept); bad rows reported by line. */
async function seedEvents(db: Db, file: string): Promise<EntityReport> {
  const report = emptyEntityReport();
  if (!existsSync(file)) return report;
  const seen = new Set<string>();
  for (const { line, values } of readCsvRecords(file, report)) {
    const parsed = eventRowSchema.safeParse(values);
    if (!parsed.success) {
      report.rejected.push({ line, slug: values.slug, reason: formatIssues(parsed.error) });
      continue;
    }
    const { slug, ...fields } = parsed.data;
    if (seen.has(slug)) {
      report.rejected.push({ line, slug, reason: 'duplicate slug in the file' });
      continue;
    }
    seen.add(slug);
    const existing = await db.event.findUnique({ where: { slug } });
    if (!existing) {
      await db.event.create({ data: eventFields(parsed.data) });
      report.created++;
    } else if (sameFields(existing, fields)) report.unchanged++;
    else {
      await db.event.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } });
      report.updated++;
    }
  }
  return report;
}

async function seedArticles(db: Db, dir: string): Promise<EntityReport> {
  const report = emptyEntityReport();
  if (!existsSync(dir)) return report;
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  for (const [index, file] of files.entries()) {
    const result = parseArticleFile(readFileSync(path.join(dir, file), 'utf8'));
    if (!result.ok) {
      report.rejected.push({ line: index + 1, slug: file, reason: result.reason });
      continue;
    }
    const { slug, fields, sources } = articleFields(result.article as ArticleInput);
    await upsertArticle(db, slug, fields, sources, report);
  }
  return report;
}

type ArticleFields = Omit<import('../generated/sqlite/client').Prisma.ArticleCreateInput, 'slug' | 'sources'>;

async function upsertArticle(
  db: Db,
  slug: string,
  fields: Record<string, unknown>,
  sources: SourceInput[],
  report: EntityReport,
) {
  const existing = await db.article.findUnique({ where: { slug }, include: { sources: { orderBy: { position: 'asc' } } } });
  const rows = sourceRows(sources);
  if (!existing) {
    await db.article.create({ data: { slug, ...(fields as ArticleFields), sources: { create: rows } } });
    report.created++;
  } else if (sameFields(existing, fields) && sameSources(existing.sources, sources)) report.unchanged++;
  else {
    await db.$transaction(async (tx) => {
      await tx.source.deleteMany({ where: { articleId: existing.id } });
      await tx.article.update({
        where: { id: existing.id },
        data: { ...(fields as ArticleFields), version: { increment: 1 }, sources: { create: rows } },
      });
    });
    report.updated++;
  }
}

export async function seedDatabase(db: Db, dir: string = SEED_DATA_DIR): Promise<SeedReport> {
  const sourcesFile = path.join(dir, 'SOURCES.md');
  const titles = existsSync(sourcesFile) ? parseSourceTitles(readFileSync(sourcesFile, 'utf8')) : new Map();
  const aliases = readAliases(dir);
  const before = await db.school.findMany({ select: { id: true, slug: true, version: true, seedVersion: true } });
  const owned = await editorOwnedSchoolIds(db, before);
  const keep = new Set(before.filter((s) => owned.has(s.id)).map((s) => s.slug));
  const schools = await seedListings(db, 'school', path.join(dir, 'schools.csv'), schoolRowSchema,
    (r: SchoolRecord) => schoolFields(r, aliases.get(r.slug) ?? ''), titles, keep);
  const evidence = await seedEvidence(db, path.join(dir, 'evidence.csv'), owned);
  await syncConfirmedAndOwnership(db, owned);
  return {
    schools,
    evidence,
    lenders: await seedListings(db, 'lender', path.join(dir, 'lenders.csv'), lenderRowSchema, lenderFields, titles),
    programs: await seedListings(db, 'program', path.join(dir, 'programs.csv'), programRowSchema, programFields, titles),
    intlCounts: await seedIntlCounts(db, path.join(dir, 'intl_counts.csv')),
    articles: await seedArticles(db, path.join(dir, 'guides')),
    events: await seedEvents(db, path.join(dir, 'events.csv')),
  };
}
