// The admin program form = the CSV row (programRowSchema, shared with seed and import) + status.
import { z } from 'zod';
import { LISTING_STATUSES } from './enums';
import { enumField } from './common';
import { programRowSchema } from './program';

export const programFormSchema = z.intersection(programRowSchema, z.object({ status: enumField(LISTING_STATUSES, 'Status') }));
export type ProgramInput = z.output<typeof programFormSchema>;
