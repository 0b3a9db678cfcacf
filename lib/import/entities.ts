// What the import knows about each listing type: its CSV columns, the shared row schema, and how a parsed row
// becomes database fields (the seed's schoolFields/lenderFields/programFields, so all entry points agree).
import type { z } from 'zod';
import { SCHOOL_CSV_COLUMNS, schoolRowSchema } from '../validation/school';
import { LENDER_CSV_COLUMNS, lenderRowSchema } from '../validation/lender';
import { PROGRAM_CSV_COLUMNS, programRowSchema } from '../validation/program';
import { lenderFields, programFields, schoolFields } from '../seed/seed';
import { SCHOOL_FIELD_LABEL } from '../schools/form-fields';
import { LENDER_FIELD_LABEL } from '../lenders/form-fields';
import { PROGRAM_FIELD_LABEL } from '../programs/form-fields';
import { followFacts } from '../schools/reader-summary';
import type { SummaryFacts } from '../schools/summary';

/** A school row's fields; an existing school keeps its aliases, and an editor's own reader summary. */
function schoolImportFields(record: ImportRecord, existing: Existing | null) {
  const fields = schoolFields(record as never, typeof existing?.aliases === 'string' ? existing.aliases : '');
  if (!existing || typeof existing.readerSummary !== 'string') return fields;
  return { ...fields, readerSummary: followFacts(existing.readerSummary, existing as unknown as SummaryFacts, fields as unknown as SummaryFacts) };
}

export const IMPORT_ENTITIES = ['school', 'lender', 'program'] as const;
export type ImportEntityKind = (typeof IMPORT_ENTITIES)[number];

/** A parsed row: the database shape plus slug and source URLs. */
export type ImportRecord = { slug: string; sourceUrls: string[] } & Record<string, unknown>;
type Existing = Record<string, unknown>;

export type ImportEntity = {
  kind: ImportEntityKind;
  plural: string;
  columns: readonly string[];
  schema: z.ZodType<ImportRecord, Record<string, string>>;
  /** Database fields for a row (no slug, status or sources); `existing` lets schools keep their aliases. */
  toFields(record: ImportRecord, existing: Existing | null): Record<string, unknown>;
  labels: Record<string, string>;
  publicPath(slug: string): string;
};

/** Derived columns: recomputed on write, never compared or shown in a diff. */
export const DERIVED_FIELDS = new Set(['searchText', 'aliases']);

export const IMPORT_ENTITY: Record<ImportEntityKind, ImportEntity> = {
  school: {
    kind: 'school',
    plural: 'schools',
    columns: SCHOOL_CSV_COLUMNS,
    schema: schoolRowSchema as unknown as ImportEntity['schema'],
    toFields: schoolImportFields,
    labels: SCHOOL_FIELD_LABEL,
    publicPath: (slug) => `/schools/${slug}`,
  },
  lender: {
    kind: 'lender',
    plural: 'lenders',
    columns: LENDER_CSV_COLUMNS,
    schema: lenderRowSchema as unknown as ImportEntity['schema'],
    toFields: (record) => lenderFields(record as never),
    labels: LENDER_FIELD_LABEL,
    publicPath: (slug) => `/lenders/${slug}`,
  },
  program: {
    kind: 'program',
    plural: 'programs',
    columns: PROGRAM_CSV_COLUMNS,
    schema: programRowSchema as unknown as ImportEntity['schema'],
    toFields: (record) => programFields(record as never),
    labels: PROGRAM_FIELD_LABEL,
    publicPath: (slug) => `/programs/${slug}`,
  },
};

export function isImportEntity(value: unknown): value is ImportEntityKind {
  return typeof value === 'string' && (IMPORT_ENTITIES as readonly string[]).includes(value);
}

/** What an upload can contain: one of the listing types, or evidence (lib/import/evidence-plan.ts). */
export const UPLOAD_KINDS = [...IMPORT_ENTITIES, 'evidence'] as const;
export type UploadEntityKind = (typeof UPLOAD_KINDS)[number];

export function isUploadKind(value: unknown): value is UploadEntityKind {
  return typeof value === 'string' && (UPLOAD_KINDS as readonly string[]).includes(value);
}

export const EVIDENCE_IMPORT = {
  plural: 'sources',
  label: 'Evidence (sources of facts)',
  labels: { value: 'Value', sourceDate: 'Source date', sourceKind: 'Source kind' } as Record<string, string>,
};

export function uploadLabels(kind: UploadEntityKind): Record<string, string> {
  return kind === 'evidence' ? EVIDENCE_IMPORT.labels : IMPORT_ENTITY[kind].labels;
}

export function uploadPlural(kind: UploadEntityKind): string {
  return kind === 'evidence' ? EVIDENCE_IMPORT.plural : IMPORT_ENTITY[kind].plural;
}
