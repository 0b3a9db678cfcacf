// Schools as a listing kind (lib/listings/kind.ts). The school's extra parts hang off the same write path:
// its confirmed* columns are recomputed inside every write's transaction (afterWrite), its evidence is written
// through writeListingPart (lib/evidence/mutations.ts), and a save changes only its own cache tags.
import 'server-only';
import { CACHE_TAGS } from '../cache/tags';
import { recomputeConfirmed } from '../evidence/recompute';
import { urlSourcedSnapshots, type ListingKind } from '../listings/kind';
import { schoolFields } from '../seed/seed';
import { schoolFormSchema, type SchoolInput } from '../validation/school-form';
import { SCHOOL_FIELD_LABEL } from './form-fields';
import { resolveReaderSummary } from './reader-summary';
import { SCHOOL_SNAPSHOT_KEYS } from './snapshot';

function rowData(input: SchoolInput) {
  const { reader_summary: written, ...record } = input;
  return { ...schoolFields(record, input.aliases), readerSummary: resolveReaderSummary(written, input), slug: input.slug, status: input.status };
}

export const schoolKind: ListingKind<SchoolInput> = {
  entity: 'school',
  noun: 'school',
  formSchema: schoolFormSchema,
  snapshotKeys: SCHOOL_SNAPSHOT_KEYS,
  labels: SCHOOL_FIELD_LABEL,
  // The reader summary is audited as readers see it: the editor's text, or the one composed from the facts.
  ...urlSourcedSnapshots<SchoolInput>(SCHOOL_SNAPSHOT_KEYS, (input) => ({ readerSummary: resolveReaderSummary(input.reader_summary, input) })),
  rowData,
  verifiable: true,
  afterWrite: recomputeConfirmed,
  updateNote: (changed) => (changed.length === 0 ? 'saved without changes' : null),
  cacheTags: (slug) => [CACHE_TAGS.schools, CACHE_TAGS.school(slug)],
  adminPath: '/admin/schools',
};
