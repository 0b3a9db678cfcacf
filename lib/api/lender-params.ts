// Strict reading of the /api/v1/lenders query: `cosigner` may only be "no" and `medical` only "yes" (the
// /lenders page ignores other values). Pure: no database.
import { z } from 'zod';
import { oneOf, readQuery } from '../filters/query';
import { throwIfIssues } from './strict-query';

export const LENDER_API_QUERY = z.object({
  cosigner: oneOf(['no'], 'only "no"').optional().meta({ description: 'Only lenders that need no US cosigner.' }),
  medical: oneOf(['yes'], 'only "yes"').optional().meta({ description: 'Only lenders that cover medical school.' }),
});

/** Throws BadRequestError (→ 400) when either parameter has another value. */
export function checkLenderParams(params: URLSearchParams): void {
  throwIfIssues(readQuery(LENDER_API_QUERY, params).ignored);
}
