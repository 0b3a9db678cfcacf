// Programs as a listing kind (lib/listings/kind.ts): the CSV-row form with status, URL sources, verifiable.
// Program pages link guides and events, so a save expires every public tag.
import 'server-only';
import { ALL_PUBLIC_TAGS } from '../cache/tags';
import { urlSourcedSnapshots, type ListingKind } from '../listings/kind';
import { programFields } from '../seed/seed';
import { programFormSchema, type ProgramInput } from '../validation/program-form';
import { PROGRAM_FIELD_LABEL, PROGRAM_SNAPSHOT_KEYS } from './form-fields';

export const programKind: ListingKind<ProgramInput> = {
  entity: 'program',
  noun: 'program',
  formSchema: programFormSchema,
  snapshotKeys: PROGRAM_SNAPSHOT_KEYS,
  labels: PROGRAM_FIELD_LABEL,
  ...urlSourcedSnapshots<ProgramInput>(PROGRAM_SNAPSHOT_KEYS),
  rowData: (input) => ({ ...programFields(input), slug: input.slug, status: input.status }),
  verifiable: true,
  cacheTags: () => ALL_PUBLIC_TAGS,
  adminPath: '/admin/programs',
};
