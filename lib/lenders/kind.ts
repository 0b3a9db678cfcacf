// Lenders as a listing kind (lib/listings/kind.ts): the CSV-row form with status, URL sources, verifiable.
import 'server-only';
import { CACHE_TAGS } from '../cache/tags';
import { urlSourcedSnapshots, type ListingKind } from '../listings/kind';
import { lenderFields } from '../seed/seed';
import { lenderFormSchema, type LenderInput } from '../validation/lender-form';
import { LENDER_FIELD_LABEL, LENDER_SNAPSHOT_KEYS } from './form-fields';

export const lenderKind: ListingKind<LenderInput> = {
  entity: 'lender',
  noun: 'lender',
  formSchema: lenderFormSchema,
  snapshotKeys: LENDER_SNAPSHOT_KEYS,
  labels: LENDER_FIELD_LABEL,
  ...urlSourcedSnapshots<LenderInput>(LENDER_SNAPSHOT_KEYS),
  rowData: (input) => ({ ...lenderFields(input), slug: input.slug, status: input.status }),
  verifiable: true,
  cacheTags: () => [CACHE_TAGS.lenders],
  adminPath: '/admin/lenders',
};
