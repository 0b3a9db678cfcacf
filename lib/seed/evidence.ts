// Loads evidence.csv: which page supports which value of which field. All or nothing: one bad row (unknown
// school, field or value, a bad URL, a duplicate) is reported with its line number and no evidence is written,
// so a half-loaded file never shows readers a partial picture. Schools an editor has changed keep their
// evidence (lib/seed/ownership.ts). Idempotent: a second run finds every school unchanged.
import { existsSync } from 'node:fs';
import type { Db } from '../db-client';
import { evidenceRowSchema, type EvidenceRecord } from '../validation/evidence';
import { formatIssues } from '../validation/format-issues';
import { emptyEntityReport, type EntityReport } from './report';
import { readCsvRecords } from './csv-file';

type Row = Omit<EvidenceRecord, 'slug'>;

export function parseEvidenceFile(file: string, schoolIds: Map<string, number>, report: EntityReport): Map<number, Row[]> | null {
  const bySchool = new Map<number, Row[]>();
  const seen = new Set<string>();
  for (const { line, values } of readCsvRecords(file, report)) {
    const parsed = evidenceRowSchema.safeParse(values);
    if (!parsed.success) {
      report.rejected.push({ line, slug: values.slug, reason: formatIssues(parsed.error) });
      continue;
    }
    const { slug, ...row } = parsed.data;
    const id = schoolIds.get(slug);
    if (id === undefined) {
      report.rejected.push({ line, slug, reason: `no school with the slug “${slug}”` });
      continue;
    }
    const key = `${slug} ${row.field} ${row.sourceUrl}`;
    if (seen.has(key)) {
      report.rejected.push({ line, slug, reason: `a second row for ${row.field} from the same page` });
      continue;
    }
    seen.add(key);
    bySchool.set(id, [...(bySchool.get(id) ?? []), row]);
  }
  return report.rejected.length ? null : bySchool;
}

const sameRow = (a: Row, b: Row) =>
  a.field === b.field && a.value === b.value && a.sourceUrl === b.sourceUrl && a.sourceDate === b.sourceDate && a.sourceKind === b.sourceKind;

export async function seedEvidence(db: Db, file: string, owned: Set<number>): Promise<EntityReport> {
  const report = emptyEntityReport();
  if (!existsSync(file)) return report;
  const schools = await db.school.findMany({ select: { id: true, slug: true } });
  const bySchool = parseEvidenceFile(file, new Map(schools.map((s) => [s.slug, s.id])), report);
  if (!bySchool) return report;
  const existing = await db.evidence.findMany({ orderBy: [{ schoolId: 'asc' }, { position: 'asc' }, { id: 'asc' }] });
  const current = new Map<number, Row[]>();
  for (const e of existing) current.set(e.schoolId, [...(current.get(e.schoolId) ?? []), e as unknown as Row]);
  for (const { id } of schools) {
    const next = bySchool.get(id) ?? [];
    const now = current.get(id) ?? [];
    if (owned.has(id)) {
      report.kept = (report.kept ?? 0) + now.length;
      continue;
    }
    if (now.length === next.length && now.every((row, i) => sameRow(row, next[i]))) {
      report.unchanged += next.length;
      continue;
    }
    await db.$transaction([
      db.evidence.deleteMany({ where: { schoolId: id } }),
      db.evidence.createMany({ data: next.map((row, position) => ({ ...row, schoolId: id, position, addedBy: 'seed' })) }),
    ]);
    if (now.length) report.updated += next.length;
    else report.created += next.length;
  }
  return report;
}
