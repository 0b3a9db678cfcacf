// /schools/evidence.csv: the evidence rows (lib/export/evidence-rows.ts) of every school an export selects,
// streamed batch by batch like the schools CSV, with the same formula guard (formatCsvRow).
import { CSV_BOM, formatCsvRow } from './csv';
import { EVIDENCE_COLUMNS, evidenceExportRows } from './evidence-rows';
import type { SchoolsExportStream } from './load';
import type { EvidenceExportGroup } from '../evidence/queries';

const HEADER = EVIDENCE_COLUMNS.map((c) => c.header);

export function streamEvidenceCsv(data: SchoolsExportStream): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncIterator<EvidenceExportGroup[]> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + formatCsvRow(HEADER) + '\r\n'));
    },
    async pull(controller) {
      batches ??= data.evidenceBatches()[Symbol.asyncIterator]();
      const next = await batches.next();
      if (next.done) return controller.close();
      const lines = next.value.flatMap(({ school, rows }) => evidenceExportRows(school, rows));
      if (lines.length) controller.enqueue(encoder.encode(lines.map((cells) => formatCsvRow(cells) + '\r\n').join('')));
    },
  });
}
