// Programs as a listing kind (lib/listings/kind.ts): the programs.csv row with status, URL sources,
// verifiable. Program pages link guides and events, so a save expires every public tag.
import 'server-only';
import { ALL_PUBLIC_TAGS } from '../cache/tags';
import { csvRowKind } from '../listings/kind';
import { programFields } from '../seed/seed';
import { programFormSchema, type ProgramInput } from '../validation/program-form';
import { PROGRAM_FIELD_LABEL, PROGRAM_SNAPSHOT_KEYS } from './form-fields';

export const programKind = csvRowKind<ProgramInput>('program', {
  formSchema: programFormSchema,
  snapshotKeys: PROGRAM_SNAPSHOT_KEYS,
  labels: PROGRAM_FIELD_LABEL,
  rowFields: programFields,
  cacheTags: () => ALL_PUBLIC_TAGS,
});
