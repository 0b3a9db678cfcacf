// The admin lender form = the CSV row (lenderRowSchema, shared with seed and import) + status + the editor
// note (admin-only: not a CSV column, never shown to readers, kept as it is by the seed and the import).
import { z } from 'zod';
import { LISTING_STATUSES } from './enums';
import { enumField, shortTextSchema } from './common';
import { lenderRowSchema } from './lender';

const adminOnly = z
  .object({ status: enumField(LISTING_STATUSES, 'Status'), editor_note: shortTextSchema('Editor note', 1000).default('') })
  .transform(({ editor_note, ...rest }) => ({ ...rest, editorNote: editor_note }));

export const lenderFormSchema = z.intersection(lenderRowSchema, adminOnly);
export type LenderInput = z.output<typeof lenderFormSchema>;
