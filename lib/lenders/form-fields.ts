// The admin lender form: field names = lenders.csv columns (shared vocabulary with seed and import).
import { LENDER_COSIGNER, LENDER_ELIGIBLE_SCHOOLS, YES_NO_UNKNOWN } from '../validation/enums';
import { csvFormValues, emptyCsvValues, SLUG_FIELD, STATUS_FIELD, verifiedFieldLabels, type CsvFormRow, type FormFieldSpec } from '../schools/form-fields';

export const LENDER_FORM_FIELDS: FormFieldSpec[] = [
  { name: 'name', key: 'name', label: 'Name', kind: 'text' },
  SLUG_FIELD,
  STATUS_FIELD,
  { name: 'website_url', key: 'websiteUrl', label: 'Website URL', kind: 'text' },
  { name: 'requires_us_cosigner', key: 'requiresUsCosigner', label: 'Requires a US cosigner', kind: 'select', options: LENDER_COSIGNER },
  { name: 'eligible_schools', key: 'eligibleSchools', label: 'Eligible schools', kind: 'select', options: LENDER_ELIGIBLE_SCHOOLS },
  { name: 'covers_medical_school', key: 'coversMedicalSchool', label: 'Covers medical school', kind: 'select', options: YES_NO_UNKNOWN },
  { name: 'max_amount_note', key: 'maxAmountNote', label: 'Maximum amount note', kind: 'textarea' },
  { name: 'interest_note', key: 'interestNote', label: 'Interest note', kind: 'textarea' },
  { name: 'notes_short', key: 'notesShort', label: 'Short notes', kind: 'textarea' },
  { name: 'source_urls', key: 'sources', label: 'Source URLs (one per line)', kind: 'textarea' },
  { name: 'as_of', key: 'asOf', label: 'As of (YYYY or YYYY-MM-DD)', kind: 'text' },
  { name: 'editor_note', key: 'editorNote', label: 'Editor note (never shown to readers)', kind: 'textarea', hint: 'What you checked, what to recheck and when' },
];

export const LENDER_FIELD_LABEL = verifiedFieldLabels(LENDER_FORM_FIELDS);

export const LENDER_SNAPSHOT_KEYS = LENDER_FORM_FIELDS.map((f) => f.key);

export const lenderFormValues = (row: CsvFormRow) => csvFormValues(LENDER_FORM_FIELDS, row);
export const emptyLenderValues = (today = new Date()) => emptyCsvValues(LENDER_FORM_FIELDS, today);
