// Lenders as a listing kind (lib/listings/kind.ts): the lenders.csv row with status, URL sources, verifiable.
import 'server-only';
import { CACHE_TAGS } from '../cache/tags';
import { csvRowKind } from '../listings/kind';
import { lenderFields } from '../seed/seed';
import { lenderFormSchema, type LenderInput } from '../validation/lender-form';
import { LENDER_FIELD_LABEL, LENDER_SNAPSHOT_KEYS } from './form-fields';

export const lenderKind = csvRowKind<LenderInput>('lender', {
  formSchema: lenderFormSchema,
  snapshotKeys: LENDER_SNAPSHOT_KEYS,
  labels: LENDER_FIELD_LABEL,
  rowFields: lenderFields,
  cacheTags: () => [CACHE_TAGS.lenders],
});
