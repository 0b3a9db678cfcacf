// The dry run of an evidence sheet (the columns of evidence.csv): each row adds a source to a school's fact or
// updates the one with the same school, field and page URL (value, date, kind). Rows are classified new,
// changed (with before/after), unchanged or invalid (row number and reason: unknown school, field or value, a
// bad URL, the same page twice for one fact). Sources not in the file are left as they are; removing one is
// an edit-page action. Like planImport, it runs again at confirm time and its digest proves the plan.
import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '../db';
import { evidenceRowSchema, EVIDENCE_CSV_COLUMNS } from '../validation/evidence';
import { formatIssues } from '../validation/format-issues';
import type { ParsedUpload } from './parse-upload';
import type { FieldChange, ImportCounts, PlannedRow } from './plan';

type EvidenceData = { field: string; value: string; sourceUrl: string; sourceDate: string; sourceKind: string };
export type EvidenceWrite = { line: number; evidenceId: number | null; data: EvidenceData; before: EvidenceData | null };
export type EvidenceSchoolWrite = { schoolId: number; slug: string; version: number; rows: EvidenceWrite[] };

export type EvidencePlan =
  | { ok: false; entity: 'evidence'; error: string }
  | { ok: true; entity: 'evidence'; rows: PlannedRow[]; writes: EvidenceSchoolWrite[]; counts: ImportCounts; ignoredColumns: string[]; digest: string };

const COMPARED = ['value', 'sourceDate', 'sourceKind'] as const;

export async function planEvidenceImport(upload: ParsedUpload): Promise<EvidencePlan> {
  const entity = 'evidence' as const;
  const missing = EVIDENCE_CSV_COLUMNS.filter((column) => !upload.header.includes(column));
  if (missing.length) return { ok: false, entity, error: `The header is missing required evidence columns: ${missing.join(', ')}. Nothing was changed.` };
  const duplicateHeaders = upload.header.filter((name, i) => upload.header.indexOf(name) !== i);
  if (duplicateHeaders.length) return { ok: false, entity, error: `The header repeats the column ${duplicateHeaders[0]}. Nothing was changed.` };
  if (upload.records.length === 0) return { ok: false, entity, error: 'The file has a header but no rows. Nothing was changed.' };
  const ignoredColumns = upload.header.filter((name) => !(EVIDENCE_CSV_COLUMNS as readonly string[]).includes(name));

  const [schools, existing] = await Promise.all([
    db.school.findMany({ select: { id: true, slug: true, version: true } }),
    db.evidence.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
  ]);
  const bySlug = new Map(schools.map((s) => [s.slug, s]));
  const key = (schoolId: number, field: string, url: string) => `${schoolId} ${field} ${url}`;
  const current = new Map<string, (typeof existing)[number]>();
  for (const e of existing) if (!current.has(key(e.schoolId, e.field, e.sourceUrl))) current.set(key(e.schoolId, e.field, e.sourceUrl), e);

  const rows: PlannedRow[] = [];
  const writes = new Map<number, EvidenceSchoolWrite>();
  const firstLine = new Map<string, number>();
  for (const { line, values } of upload.records) {
    const slug = (values.slug ?? '').trim();
    const parsed = evidenceRowSchema.safeParse(values);
    if (!parsed.success) {
      rows.push({ line, slug, outcome: 'invalid', reason: formatIssues(parsed.error) });
      continue;
    }
    const { slug: _slug, ...data } = parsed.data;
    const label = `${slug} · ${data.field}`;
    const school = bySlug.get(slug);
    if (!school) {
      rows.push({ line, slug: label, outcome: 'invalid', reason: `No school with the slug “${slug}”` });
      continue;
    }
    const k = key(school.id, data.field, data.sourceUrl);
    const seenAt = firstLine.get(k);
    if (seenAt !== undefined) {
      rows.push({ line, slug: label, outcome: 'invalid', reason: `Row ${seenAt} already gives this page for ${data.field}` });
      continue;
    }
    firstLine.set(k, line);
    const before = current.get(k);
    const changes: FieldChange[] = before ? COMPARED.filter((f) => before[f] !== data[f]).map((f) => ({ field: f, before: before[f], after: data[f] })) : [];
    if (before && changes.length === 0) {
      rows.push({ line, slug: label, outcome: 'unchanged', id: before.id });
      continue;
    }
    if (before) rows.push({ line, slug: label, outcome: 'changed', id: before.id, version: school.version, changes });
    else rows.push({ line, slug: label, outcome: 'new', values: { ...data } });
    const group = writes.get(school.id) ?? { schoolId: school.id, slug, version: school.version, rows: [] };
    group.rows.push({ line, evidenceId: before?.id ?? null, data, before: before ? pick(before) : null });
    writes.set(school.id, group);
  }
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  for (const row of rows) counts[row.outcome]++;
  const digest = createHash('sha256').update(JSON.stringify({ entity, rows, versions: [...writes.values()].map((w) => [w.schoolId, w.version]) })).digest('hex');
  return { ok: true, entity, rows, writes: [...writes.values()], counts, ignoredColumns, digest };
}

function pick(e: EvidenceData): EvidenceData {
  return { field: e.field, value: e.value, sourceUrl: e.sourceUrl, sourceDate: e.sourceDate, sourceKind: e.sourceKind };
}
