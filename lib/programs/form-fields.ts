// The admin program form: field names = programs.csv columns (shared vocabulary with seed and import).
import { PROGRAM_COUNTRIES, PROGRAM_FORMATS, PROGRAM_KINDS } from '../validation/enums';
import { csvFormValues, emptyCsvValues, SLUG_FIELD, STATUS_FIELD, verifiedFieldLabels, type CsvFormRow, type FormFieldSpec } from '../schools/form-fields';

export const PROGRAM_FORM_FIELDS: FormFieldSpec[] = [
  { name: 'name', key: 'name', label: 'Name', kind: 'text' },
  SLUG_FIELD,
  STATUS_FIELD,
  { name: 'provider', key: 'provider', label: 'Provider', kind: 'text' },
  { name: 'country', key: 'country', label: 'Country', kind: 'select', options: PROGRAM_COUNTRIES },
  { name: 'region', key: 'region', label: 'Region (state or province code)', kind: 'text', hint: 'Two letters, e.g. ON or NY; empty if national or online' },
  { name: 'kind', key: 'kind', label: 'Kind', kind: 'select', options: PROGRAM_KINDS },
  { name: 'format', key: 'format', label: 'Format', kind: 'select', options: PROGRAM_FORMATS },
  { name: 'cost_note', key: 'costNote', label: 'Cost note', kind: 'textarea', hint: 'Leave empty if no source publishes the cost' },
  { name: 'duration_note', key: 'durationNote', label: 'Duration note', kind: 'textarea' },
  { name: 'eligibility_note', key: 'eligibilityNote', label: 'Eligibility note', kind: 'textarea' },
  { name: 'website_url', key: 'websiteUrl', label: 'Website URL', kind: 'text' },
  { name: 'notes_short', key: 'notesShort', label: 'Short notes', kind: 'textarea' },
  { name: 'source_urls', key: 'sources', label: 'Source URLs (one per line)', kind: 'textarea' },
  { name: 'as_of', key: 'asOf', label: 'As of (YYYY or YYYY-MM-DD)', kind: 'text' },
];

export const PROGRAM_FIELD_LABEL = verifiedFieldLabels(PROGRAM_FORM_FIELDS);

export const PROGRAM_SNAPSHOT_KEYS = PROGRAM_FORM_FIELDS.map((f) => f.key);

export const programFormValues = (row: CsvFormRow) => csvFormValues(PROGRAM_FORM_FIELDS, row);
export const emptyProgramValues = (today = new Date()) => emptyCsvValues(PROGRAM_FORM_FIELDS, today);
