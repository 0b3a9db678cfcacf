// Every write to a school goes through the one listing write path (lib/listings/mutations.ts); the school's
// extensions (confirmed* recomputation, the "saved without changes" note) are part of its kind (./kind.ts).
import 'server-only';
import { listingMutations } from '../listings/mutations';
import { schoolKind } from './kind';

export type { Conflict, ListingWriteResult as SchoolWriteResult } from '../listings/mutations';

export const {
  create: createSchool,
  update: updateSchool,
  verify: markSchoolVerified,
  remove: deleteSchool,
  describeConflict,
} = listingMutations(schoolKind);
