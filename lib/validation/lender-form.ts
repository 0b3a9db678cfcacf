// The admin lender form = the CSV row (lenderRowSchema, shared with seed and import) + status.
import { z } from 'zod';
import { LISTING_STATUSES } from './enums';
import { enumField } from './common';
import { lenderRowSchema } from './lender';

export const lenderFormSchema = z.intersection(lenderRowSchema, z.object({ status: enumField(LISTING_STATUSES, 'Status') }));
export type LenderInput = z.output<typeof lenderFormSchema>;
