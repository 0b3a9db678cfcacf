// Gathers what an export file shows: exactly the rows the API reports for the same filters (all pages, same
// order, through the one query module) or the shortlist, plus the words and link that recreate the view.
import 'server-only';
import { listMatchingSchoolIds, listSchoolsByIds, SCHOOL_BATCH_SIZE, searchSchools, summarizeSchools } from '../schools/queries';
import { asOfRange, formatAsOfRange } from './as-of-range';
import { listSchoolsBySlugs } from '../schools/by-slugs';
import { describeSchoolFilter } from '../schools/describe';
import { serializeSchoolFilter } from '../schools/filters';
import { listLenders, type LenderRow } from '../lenders/queries';
import { siteUrl } from '../site';
import type { ExportRequest } from './request';
import type { ExportSchool } from './school-columns';
import { listEvidenceBySlugs, listEvidenceGroups, type EvidenceExportGroup } from '../evidence/queries';

export type SchoolsExport = {
  schools: ExportSchool[];
  notes: Record<string, string> | null;
  summary: string;
  viewUrl: string;
  siteOrigin: string;
  generatedAt: Date;
};

/**
 * The same export as rows in batches, for files of any size: the ordered ids are read once (a few bytes per
 * school), then the rows with their sources one batch at a time while the file is written, so memory stays
 * flat however many schools match. The layout facts (most sources, as-of range) come from a first light pass.
 */
export type SchoolsExportStream = Omit<SchoolsExport, 'schools'> & {
  total: number;
  sourceCount: number;
  asOfRange: string;
  batches: () => AsyncIterable<ExportSchool[]>;
  /** The same schools' evidence, batch by batch in the same order (the Evidence sheet, /schools/evidence.csv). */
  evidenceBatches: () => AsyncIterable<EvidenceExportGroup[]>;
};

/** An in-memory export as a stream (shortlists, tests). */
export function exportAsStream(data: SchoolsExport | SchoolsExportStream): SchoolsExportStream {
  if ('batches' in data) return data;
  const { schools, ...rest } = data;
  return {
    ...rest,
    total: schools.length,
    sourceCount: Math.max(0, ...schools.map((s) => s.sources.length)),
    asOfRange: asOfRange(schools),
    batches: async function* () {
      yield schools;
    },
    evidenceBatches: async function* () {
      const evidence = await listEvidenceBySlugs(schools.map((s) => s.slug));
      yield schools.map((school) => ({ school, rows: evidence.get(school.slug) ?? [] }));
    },
  };
}

export async function streamSchoolsExport(request: ExportRequest, now = new Date()): Promise<SchoolsExportStream> {
  const { selection } = request;
  if (selection.kind === 'shortlist') return exportAsStream(await loadSchoolsExport(request, now));
  const origin = siteUrl();
  const filter = { ...selection.filter, page: 1 };
  const ids = await listMatchingSchoolIds(filter);
  const summary = await summarizeSchools(ids);
  const query = serializeSchoolFilter(filter);
  return {
    total: ids.length,
    sourceCount: summary.maxSources,
    asOfRange: formatAsOfRange(summary.asOfMin, summary.asOfMax),
    batches: async function* () {
      for (let i = 0; i < ids.length; i += SCHOOL_BATCH_SIZE) yield listSchoolsByIds(ids.slice(i, i + SCHOOL_BATCH_SIZE));
    },
    evidenceBatches: async function* () {
      for (let i = 0; i < ids.length; i += SCHOOL_BATCH_SIZE) yield listEvidenceGroups(ids.slice(i, i + SCHOOL_BATCH_SIZE));
    },
    notes: request.notes,
    summary: describeSchoolFilter(filter, ids.length),
    viewUrl: `${origin}/schools${query ? `?${query}` : ''}`,
    siteOrigin: origin,
    generatedAt: now,
  };
}

export async function loadSchoolsExport(request: ExportRequest, now = new Date()): Promise<SchoolsExport> {
  const origin = siteUrl();
  const { selection } = request;
  if (selection.kind === 'shortlist') {
    const { schools } = await listSchoolsBySlugs(selection.slugs);
    const query = schools.map((s) => s.slug).join(',');
    return {
      schools,
      notes: request.notes,
      summary: `Your shortlist: ${schools.length} ${schools.length === 1 ? 'school' : 'schools'}`,
      viewUrl: `${origin}/shortlist${query ? `?schools=${query}` : ''}`,
      siteOrigin: origin,
      generatedAt: now,
    };
  }
  const filter = { ...selection.filter, page: 1 };
  const { total, results } = await searchSchools(filter, { perPage: null });
  const query = serializeSchoolFilter(filter);
  return {
    schools: results,
    notes: request.notes,
    summary: describeSchoolFilter(filter, total),
    viewUrl: `${origin}/schools${query ? `?${query}` : ''}`,
    siteOrigin: origin,
    generatedAt: now,
  };
}

export async function loadExportLenders(): Promise<LenderRow[]> {
  return listLenders();
}
