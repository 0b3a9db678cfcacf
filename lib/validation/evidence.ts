// One evidence row as evidence.csv, the spreadsheet import and the admin form give it: which page supports
// which value of which field of which school. The value must be one the field can take (tuition: whole USD).
import { z } from 'zod';
import { evidenceFieldSpec, isValidEvidenceValue, SOURCE_KINDS, EVIDENCE_FIELD_NAMES, type EvidenceField, type SourceKind } from '../evidence/fields';
import { httpUrlSchema, slugSchema } from './common';

export const EVIDENCE_CSV_COLUMNS = ['slug', 'field', 'value', 'source_url', 'source_date', 'source_kind'] as const;

/** The date or cycle a page shows, as it shows it (2024, 2024-05-01, 2024-2025, "Class of 2018"); "undated" → empty. */
export const sourceDateSchema = z
  .string()
  .trim()
  .max(80, 'Source date is at most 80 characters')
  .transform((v) => (v.toLowerCase() === 'undated' ? '' : v))
  .refine(
    (v) => v === '' || /\b(19|20)\d{2}\b/.test(v) || /^undated\b/i.test(v),
    'Source date gives a year as the page shows it (e.g. 2024, 2024-05, 2024-2025, “2018 cycle”), or is empty',
  );

const bodyShape = {
  field: z
    .string()
    .trim()
    .toLowerCase()
    .refine((f) => !!evidenceFieldSpec(f), `Field must be one of ${EVIDENCE_FIELD_NAMES.join(', ')}`),
  // Tuition may arrive as "$62,974"; other values are lower-case words.
  value: z.string().trim().toLowerCase().transform((v) => (/^[$\d,\s]+$/.test(v) ? v.replace(/[$,\s]/g, '') : v)),
  source_url: httpUrlSchema,
  source_date: sourceDateSchema.default(''),
  source_kind: z
    .string()
    .trim()
    .toLowerCase()
    .refine((k) => (SOURCE_KINDS as readonly string[]).includes(k), `Source kind must be one of ${SOURCE_KINDS.join(', ')}`),
};

type RawBody = { field: string; value: string; source_url: string; source_date: string; source_kind: string };

function checkValue(row: RawBody, ctx: z.RefinementCtx) {
  const spec = evidenceFieldSpec(row.field);
  if (!spec || isValidEvidenceValue(spec, row.value)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['value'],
    message: spec.values === null
      ? 'Tuition must be a whole number of US dollars'
      : `Value for ${row.field} must be one of ${spec.values.filter((v) => v !== 'unknown').join(', ')}`,
  });
}

function toRecord(row: RawBody) {
  return {
    field: row.field as EvidenceField,
    value: row.value,
    sourceUrl: row.source_url,
    sourceDate: row.source_date,
    sourceKind: row.source_kind as SourceKind,
  };
}

/** One source of one field (the admin form: the school is known). */
export const evidenceBodySchema = z.object(bodyShape).superRefine(checkValue).transform(toRecord);

/** One row of evidence.csv or an imported evidence sheet. */
export const evidenceRowSchema = z
  .object({ slug: slugSchema, ...bodyShape })
  .superRefine(checkValue)
  .transform((row) => ({ slug: row.slug, ...toRecord(row) }));

export type EvidenceInput = z.output<typeof evidenceBodySchema>;
export type EvidenceRecord = z.output<typeof evidenceRowSchema>;
