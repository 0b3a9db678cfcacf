// The rows of an evidence export (the xlsx "Evidence" sheet and /schools/evidence.csv): one per page that
// speaks to a field of an exported school — the school, the field, the value this site shows, the value the
// page states, the page, its date as given ("undated" when it has none), its kind, and whether it agrees.
// Pure: the schools and their evidence come from lib/export/load.ts and lib/evidence/queries.ts.
import { FIELD_SHORT_LABEL, evidenceValueLabel, rowAgrees, sourceKindLabel, type EvidenceRow } from '../evidence/display';
import { EVIDENCE_FIELDS, valueAsText, type EvidenceField } from '../evidence/fields';

export type EvidenceExportColumn = { header: string; width: number; link?: boolean };

export const EVIDENCE_COLUMNS: EvidenceExportColumn[] = [
  { header: 'School', width: 40 },
  { header: 'Field', width: 26 },
  { header: 'Value shown', width: 34 },
  { header: 'Value this page states', width: 34 },
  { header: 'Source URL', width: 40, link: true },
  { header: 'Source date', width: 14 },
  { header: 'Source kind', width: 18 },
  { header: 'Agrees', width: 8 },
];

export type EvidenceExportSchool = { name: string } & Record<string, unknown>;

/** One school's evidence rows as cell values, in the order the school page lists them (field order, then position). */
export function evidenceExportRows(school: EvidenceExportSchool, rows: readonly EvidenceRow[]): string[][] {
  const out: string[][] = [];
  for (const spec of EVIDENCE_FIELDS) {
    const shown = evidenceValueLabel(spec.field, valueAsText(school[spec.column]));
    for (const row of rows) {
      if (row.field !== spec.field) continue;
      out.push([
        school.name,
        FIELD_SHORT_LABEL[spec.field as EvidenceField],
        shown,
        evidenceValueLabel(row.field, row.value),
        row.sourceUrl,
        row.sourceDate || 'undated',
        sourceKindLabel(row.sourceKind),
        rowAgrees(row, school) ? 'yes' : 'no',
      ]);
    }
  }
  return out;
}
