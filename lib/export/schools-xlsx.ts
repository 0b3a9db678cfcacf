// The schools workbook, streamed (XlsxStreamWriter) so a large export never sits whole in memory:
// sheet "Schools" (the shared columns, sources and school page as real links, the visitor's notes if sent),
// sheet "Evidence" (each page behind each field of those schools, lib/export/evidence-rows.ts),
// sheet "Lenders" (every published lender), sheet "About" (what, where online, when, how old, how to read).
import { PassThrough, Readable, type Writable } from 'node:stream';
import type { LenderRow } from '../lenders/queries';
import { LENDER_COSIGNER_LABEL, LENDER_ELIGIBLE_LABEL, label } from '../schools/labels';
import { aboutRows } from './about';
import { exportAsStream, type SchoolsExport, type SchoolsExportStream } from './load';
import { NOTES_HEADER, PAGE_HEADER, SCHOOL_COLUMNS, type ExportSchool } from './school-columns';
import { startSheet, type XlsxCell } from './xlsx';
import { EVIDENCE_COLUMNS, evidenceExportRows } from './evidence-rows';
import { XlsxStreamWriter } from './xlsx-writer';

const COVERS_MED_LABEL: Record<string, string> = { yes: 'Yes', no: 'No', unknown: 'Not published by the lender' };

function sourceColumns(count: number) {
  return Array.from({ length: Math.max(1, count) }, (_, i) => ({ header: `Source ${i + 1}`, width: 28 }));
}
function sourceCells(sources: { url: string; title: string | null }[], count: number): XlsxCell[] {
  return Array.from({ length: Math.max(1, count) }, (_, i) =>
    sources[i] ? { kind: 'link', url: sources[i].url, text: sources[i].title || sources[i].url } : { kind: 'text', value: null },
  );
}

async function writeSchoolsSheet(workbook: XlsxStreamWriter, data: SchoolsExportStream) {
  const { sourceCount } = data;
  const withNotes = data.notes !== null;
  const sheet = await startSheet(workbook, 'Schools', [
    ...SCHOOL_COLUMNS,
    ...sourceColumns(sourceCount),
    { header: PAGE_HEADER, width: 30 },
    ...(withNotes ? [{ header: NOTES_HEADER, width: 50 }] : []),
  ]);
  for await (const batch of data.batches()) {
    // Each row waits while the download is congested, so a slow reader does not pile rows up in memory.
    for (const school of batch) await writeSchoolRow(school);
  }
  await sheet.end();

  function writeSchoolRow(school: ExportSchool) {
    return sheet.addRow([
      ...SCHOOL_COLUMNS.map((column): XlsxCell => {
        const value = column.value(school);
        if (column.kind === 'currency') return { kind: 'currency', value: typeof value === 'number' ? value : null };
        if (column.kind === 'link') return { kind: 'link', url: value === null ? null : String(value) };
        return { kind: 'text', value: value === null ? null : String(value) };
      }),
      ...sourceCells(school.sources, sourceCount),
      { kind: 'link', url: `${data.siteOrigin}/schools/${school.slug}`, text: `${school.name} on IMG Pathways` },
      ...(withNotes ? [{ kind: 'text', value: data.notes?.[school.slug] ?? null } as XlsxCell] : []),
    ]);
  }
}

async function writeEvidenceSheet(workbook: XlsxStreamWriter, data: SchoolsExportStream) {
  const sheet = await startSheet(workbook, 'Evidence', EVIDENCE_COLUMNS);
  for await (const batch of data.evidenceBatches()) {
    for (const { school, rows } of batch) {
      for (const cells of evidenceExportRows(school, rows)) {
        await sheet.addRow(cells.map((value, i): XlsxCell => (EVIDENCE_COLUMNS[i].link ? { kind: 'link', url: value } : { kind: 'text', value })));
      }
    }
  }
  await sheet.end();
}

async function writeLendersSheet(workbook: XlsxStreamWriter, lenders: LenderRow[]) {
  const sourceCount = Math.max(0, ...lenders.map((l) => l.sources.length));
  const sheet = await startSheet(workbook, 'Lenders', [
    { header: 'Lender', width: 28 },
    { header: 'Website', width: 30 },
    { header: 'US cosigner', width: 26 },
    { header: 'Eligible schools', width: 28 },
    { header: 'Covers medical school', width: 14 },
    { header: 'Maximum amount', width: 30 },
    { header: 'Interest', width: 30 },
    { header: 'Notes', width: 50 },
    { header: 'Data as of', width: 11 },
    ...sourceColumns(sourceCount),
  ]);
  for (const lender of lenders) {
    await sheet.addRow([
      { kind: 'text', value: lender.name },
      { kind: 'link', url: lender.websiteUrl },
      { kind: 'text', value: label(LENDER_COSIGNER_LABEL, lender.requiresUsCosigner) },
      { kind: 'text', value: label(LENDER_ELIGIBLE_LABEL, lender.eligibleSchools) },
      { kind: 'text', value: label(COVERS_MED_LABEL, lender.coversMedicalSchool) },
      { kind: 'text', value: lender.maxAmountNote },
      { kind: 'text', value: lender.interestNote },
      { kind: 'text', value: lender.notesShort },
      { kind: 'text', value: lender.asOf },
      ...sourceCells(lender.sources, sourceCount),
    ]);
  }
  await sheet.end();
}

async function writeAboutSheet(workbook: XlsxStreamWriter, data: SchoolsExportStream) {
  const sheet = await startSheet(workbook, 'About', [{ header: 'About this export', width: 24 }, { header: 'Details', width: 100 }], { filter: false });
  for (const row of aboutRows(data)) {
    await sheet.addRow([{ kind: 'text', value: row.label }, row.link ? { kind: 'link', url: row.link, text: row.value } : { kind: 'text', value: row.value }]);
  }
  await sheet.end();
}

/** Writes the workbook to a Node stream; resolves when the last byte is handed over. */
export async function writeSchoolsXlsx(source: SchoolsExport | SchoolsExportStream, lenders: LenderRow[], stream: Writable): Promise<void> {
  const data = exportAsStream(source);
  const workbook = new XlsxStreamWriter(stream, { creator: 'IMG Pathways', created: data.generatedAt });
  await writeSchoolsSheet(workbook, data);
  await writeEvidenceSheet(workbook, data);
  await writeLendersSheet(workbook, lenders);
  await writeAboutSheet(workbook, data);
  await workbook.end();
}

/** The workbook as a web ReadableStream for a Response body. */
export function streamSchoolsXlsx(data: SchoolsExport | SchoolsExportStream, lenders: LenderRow[]): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  writeSchoolsXlsx(data, lenders, pass).catch((error: unknown) => pass.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(pass) as ReadableStream<Uint8Array>;
}
