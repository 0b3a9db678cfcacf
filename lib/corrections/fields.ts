// The fields a reader can report a problem with, per listing type: the admin form's fields (minus the
// editor-only ones) plus "something else". Pure module, used by the public form and its validation.
import { SCHOOL_FORM_FIELDS, type FormFieldSpec } from '../schools/form-fields';
import { LENDER_FORM_FIELDS } from '../lenders/form-fields';
import { PROGRAM_FORM_FIELDS } from '../programs/form-fields';

export const CORRECTION_ENTITIES = ['school', 'lender', 'program'] as const;
export type CorrectionEntity = (typeof CORRECTION_ENTITIES)[number];
export const CORRECTION_STATUSES = ['open', 'resolved', 'dismissed'] as const;

// notesShort (on schools) and editorNote (on lenders) are notes between editors: readers never see them, so
// they cannot report on them.
const EDITOR_ONLY = new Set(['slug', 'status', 'aliases', 'notesShort', 'editorNote']);
const OTHER = { value: 'other', label: 'Something else' };

function options(fields: FormFieldSpec[]) {
  return [
    ...fields.filter((f) => !EDITOR_ONLY.has(f.key)).map((f) => ({ value: f.key, label: f.label.replace(/ \(.*\)$/, '') })),
    OTHER,
  ];
}

export const CORRECTION_FIELDS: Record<CorrectionEntity, { value: string; label: string }[]> = {
  school: options(SCHOOL_FORM_FIELDS),
  lender: options(LENDER_FORM_FIELDS),
  program: options(PROGRAM_FORM_FIELDS),
};

export function correctionFieldLabel(entity: string, field: string): string {
  return CORRECTION_FIELDS[entity as CorrectionEntity]?.find((f) => f.value === field)?.label ?? field;
}
