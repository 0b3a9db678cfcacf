// The dry run: every uploaded row classified as new, changed (with field-level before/after), unchanged or
// invalid (with its row number and reason), against the database as it is now. The same function runs again
// at confirm time, so nothing the browser sends back is trusted; the digest lets confirm prove the plan it is
// about to apply is the one the editor saw.
import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '../db';
import { sameValue } from '../audit/diff';
import { formatIssues } from '../validation/format-issues';
import { LISTING_STATUSES } from '../validation/enums';
import type { ParsedUpload } from './parse-upload';
import { DERIVED_FIELDS, IMPORT_ENTITY, type ImportEntityKind, type ImportRecord } from './entities';

export type FieldChange = { field: string; before: unknown; after: unknown };

export type PlannedRow =
  | { line: number; slug: string; outcome: 'new'; values: Record<string, unknown> }
  | { line: number; slug: string; outcome: 'changed'; id: number; version: number; changes: FieldChange[] }
  | { line: number; slug: string; outcome: 'unchanged'; id: number }
  | { line: number; slug: string; outcome: 'invalid'; reason: string };

/** What apply needs for each row that writes (kept on the server, never sent to the browser). */
export type PlannedWrite = {
  line: number;
  slug: string;
  id: number | null;
  version: number | null;
  data: Record<string, unknown>;
  sourceUrls: string[];
  sourcesChanged: boolean;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
};

export type ImportCounts = { new: number; changed: number; unchanged: number; invalid: number };

export type ImportPlan =
  | { ok: false; entity: ImportEntityKind; error: string }
  | {
      ok: true;
      entity: ImportEntityKind;
      rows: PlannedRow[];
      writes: PlannedWrite[];
      counts: ImportCounts;
      ignoredColumns: string[];
      digest: string;
    };

type ExistingRow = Record<string, unknown> & { id: number; slug: string; version: number; status: string; sources: { url: string }[] };

async function loadExisting(entity: ImportEntityKind): Promise<Map<string, ExistingRow>> {
  const delegate = db[entity] as unknown as { findMany(args: unknown): Promise<ExistingRow[]> };
  const rows = await delegate.findMany({ include: { sources: { orderBy: { position: 'asc' } } } });
  return new Map(rows.map((row) => [row.slug, row]));
}

function comparable(fields: Record<string, unknown>, sources: string[], status: string | null) {
  const values: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([key]) => !DERIVED_FIELDS.has(key)));
  values.sources = sources;
  if (status) values.status = status;
  return values;
}

function rowStatus(raw: Record<string, string>, hasStatus: boolean): { status: string | null; error?: string } {
  if (!hasStatus) return { status: null };
  const value = (raw.status ?? '').trim().toLowerCase();
  if (value === '') return { status: null };
  if (!(LISTING_STATUSES as readonly string[]).includes(value)) return { status: null, error: `status: Status must be one of: ${LISTING_STATUSES.join(', ')}` };
  return { status: value };
}

export async function planImport(entity: ImportEntityKind, upload: ParsedUpload): Promise<ImportPlan> {
  const spec = IMPORT_ENTITY[entity];
  const missing = spec.columns.filter((column) => !upload.header.includes(column));
  if (missing.length) {
    return { ok: false, entity, error: `The header is missing required ${spec.plural} columns: ${missing.join(', ')}. Nothing was changed.` };
  }
  const duplicateHeaders = upload.header.filter((name, i) => upload.header.indexOf(name) !== i);
  if (duplicateHeaders.length) return { ok: false, entity, error: `The header repeats the column ${duplicateHeaders[0]}. Nothing was changed.` };
  if (upload.records.length === 0) return { ok: false, entity, error: 'The file has a header but no rows. Nothing was changed.' };
  const hasStatus = upload.header.includes('status');
  const ignoredColumns = upload.header.filter((name) => !spec.columns.includes(name) && name !== 'status');
  const existing = await loadExisting(entity);
  const firstLine = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const writes: PlannedWrite[] = [];

  for (const { line, values: raw } of upload.records) {
    const slug = (raw.slug ?? '').trim();
    const parsed = spec.schema.safeParse(raw);
    const status = rowStatus(raw, hasStatus);
    if (!parsed.success || status.error) {
      const reasons = [parsed.success ? null : formatIssues(parsed.error), status.error ?? null].filter(Boolean);
      rows.push({ line, slug, outcome: 'invalid', reason: reasons.join('; ') });
      continue;
    }
    const record: ImportRecord = parsed.data;
    const seenAt = firstLine.get(record.slug);
    if (seenAt !== undefined) {
      rows.push({ line, slug: record.slug, outcome: 'invalid', reason: `Duplicate slug: row ${seenAt} already has ${record.slug}` });
      continue;
    }
    firstLine.set(record.slug, line);
    const current = existing.get(record.slug) ?? null;
    const fields = spec.toFields(record, current);
    if (!current) {
      const after = comparable(fields, record.sourceUrls, status.status ?? 'published');
      rows.push({ line, slug: record.slug, outcome: 'new', values: after });
      writes.push({ line, slug: record.slug, id: null, version: null, data: { ...fields, slug: record.slug, status: status.status ?? 'published' }, sourceUrls: record.sourceUrls, sourcesChanged: true, before: null, after });
      continue;
    }
    const before = comparable(current, current.sources.map((s) => s.url), status.status ? current.status : null);
    const after = comparable(fields, record.sourceUrls, status.status);
    const changed = Object.keys(after).filter((key) => !sameValue(before[key], after[key]));
    if (changed.length === 0) {
      rows.push({ line, slug: record.slug, outcome: 'unchanged', id: current.id });
      continue;
    }
    const changes = changed.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
    rows.push({ line, slug: record.slug, outcome: 'changed', id: current.id, version: current.version, changes });
    writes.push({
      line,
      slug: record.slug,
      id: current.id,
      version: current.version,
      data: { ...fields, ...(status.status ? { status: status.status } : {}) },
      sourceUrls: record.sourceUrls,
      sourcesChanged: changed.includes('sources'),
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
    });
  }

  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  for (const row of rows) counts[row.outcome]++;
  const digest = createHash('sha256').update(JSON.stringify({ entity, rows })).digest('hex');
  return { ok: true, entity, rows, writes, counts, ignoredColumns, digest };
}
